#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ud {

class Database;

// The words a case register uses for the mediation code lists (dispute_type, case_source,
// case_close_reason) and for the statuses ("status"): codes, the lists' Chinese and English
// names, each part of a name ("辞退" of "除名、辞退、辞职、离职") and the usual words of an office's
// spreadsheet (工资, 社保, 热线, 调解成功, 已履行...). Compared without spaces and case.
//
// A register often names several dispute types in one cell, in the words of art. 2 or of the
// statistical yearbook: 解除、终止劳动合同; 工作时间、休息休假; 经济补偿、赔偿金; 变更·解除·终止劳动合同;
// 拖欠工资、社会保险. disputeTypes() reads such a cell part by part (a trailing 争议 or 纠纷 and a
// leading 追索 are ignored), the first type named being the case's main one.
class CaseImportVocabulary
{
public:
    explicit CaseImportVocabulary(Database &db);

    // The code of `list` the word stands for; "" if none.
    QString code(const QString &list, const QString &value) const;
    // The dispute types (list 'dispute_type') a register's cell names, the main one first, each
    // once; empty when a part of it is not a dispute type.
    QStringList disputeTypes(const QString &value) const;
    // The names to suggest in a message, "；"-separated.
    QString shown(const QString &list) const;

private:
    void add(const QString &list, const QString &code, const QStringList &words);

    QHash<QString, QHash<QString, QString>> m_codes; // list -> word -> code
    QHash<QString, QStringList> m_shown;
};

} // namespace ud
