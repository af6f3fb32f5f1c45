#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace ud {

// Reading the cells of an imported sheet the way union offices fill them in (RegisterImporter
// and CaseRegisterImporter).
class ImportCells
{
public:
    // "身份证号（必填）" -> "身份证号"; "Claimed (yuan)" -> "claimed"; "ID number" -> "id_number".
    static QString normalHeader(const QString &header);
    // For comparing names: no spaces or asterisks, ASCII brackets, lower case.
    static QString normalKey(const QString &text);
    // 2024-01-31, 2024/1/31, 2024.1.31, 2024年1月31日, 20240131, an Excel serial number (45322),
    // with or without a time after it. Invalid QDate if none of these.
    static QDate parseDate(const QString &text);
    // A number Excel has already rounded: 1.10105E+17.
    static bool isScientific(const QString &text);
    // Text of a number column as typed in Excel: without a leading apostrophe and inner spaces.
    static QString codeText(const QString &text);
    // 是/否, 有/无, 已建(会)/未建(会), √/×, yes/no, y/n, 1/0, true/false.
    static std::optional<bool> parseYesNo(const QString &text);
    // "张三、李四，王五" -> three names: split at 、 , ， ; ； / and line breaks, blanks dropped.
    static QStringList splitList(const QString &text);
};

} // namespace ud
