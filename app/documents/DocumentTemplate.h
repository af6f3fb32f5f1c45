#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantHash>

namespace ud {

// A small logic-less template language for the HTML documents in resources/templates, so their
// wording and layout can change without touching C++:
//
//   {{name}}              the value, HTML-escaped (line breaks become <br/>); every value is text
//                         given by the program, so nothing a user typed can become markup
//   {{#name}}...{{/name}} a section: repeated for each entry of a list (each entry's values are
//                         looked up first, then the enclosing ones); shown once for true, a
//                         non-empty text or a non-empty map; left out for false, "" or an empty list
//   {{^name}}...{{/name}} the inverse: shown only where {{#name}} would be left out
//   {{! comment }}        left out
//
// Values: QString (or anything that converts to one), bool, QVariantList of QVariantHash, and
// QVariantHash. A name that is not among the values is an error, so a misspelt placeholder is
// caught by the tests instead of printing nothing.
class DocumentTemplate
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTemplate)

public:
    // Renders `text`; `name` (e.g. the resource path) is only used in error messages.
    static Result<QString> render(const QString &text, const QVariantHash &values, const QString &name = QString());
    // Reads a UTF-8 file (usually a resource like ":/templates/mediation/agreement.html").
    static Result<QString> load(const QString &path);
    // What {{name}} writes for a text value.
    static QString escape(const QString &text);
};

} // namespace ud
