#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariantMap>

#include <functional>

class QFormLayout;
class QLabel;

namespace ud {

// The small form of one record of the "After the agreement" tab (CaseFollowOnTab): a 送达 or
// 回访 record, a step after a breach, a referral, a supplementary agreement or the review
// outcome. The fields are described by the caller; OK hands the values to `submit`, and the
// dialog stays open with the message when it fails, so nothing typed is lost. Each field's
// widget is named "followOnField_<key>".
class CaseFollowOnRecordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Type {
        Date,         // required date (QDateEdit); value QDate
        OptionalDate, // yyyy-MM-dd or empty (QLineEdit); value QDate, invalid when empty
        Line,         // one line of text; value QString
        Text,         // several lines; value QString
        Choice,       // QComboBox of (code, name); value the code
        Amount,       // yuan, may be negative (QLineEdit); value qint64 fen
        YesNo,        // not recorded / yes / no (QComboBox); value QVariant() | true | false
    };
    struct Field
    {
        QString key;
        QString label;
        Type type = Type::Line;
        QList<QPair<QString, QString>> choices; // Choice: (code, name)
    };
    using Submit = std::function<Status(const QVariantMap &values)>;

    CaseFollowOnRecordDialog(const QString &title, const QList<Field> &fields, const QVariantMap &values, Submit submit,
                             QWidget *parent = nullptr);

    // The values as typed (invalid dates and amounts are reported by accept()).
    Result<QVariantMap> values() const;
    void accept() override;

private:
    QList<Field> m_fields;
    QList<QWidget *> m_editors;
    Submit m_submit;
    QLabel *m_error = nullptr;
};

} // namespace ud
