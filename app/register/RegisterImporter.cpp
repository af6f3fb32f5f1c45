#include "register/RegisterImporter.h"

#include "storage/WriteNotice.h"

#include "exchange/ImportCells.h"
#include "exchange/ImportColumns.h"
#include "exchange/ImportRow.h"
#include "exchange/ImportRun.h"

#include "core/IdDocument.h"
#include "core/ResidentId.h"
#include "storage/AccessLog.h"
#include "storage/CodeListRepository.h"
#include "storage/Database.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordStore.h"
#include "register/RegisterService.h"
#include "register/RegisterValidator.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <optional>

namespace ud {

namespace {

// Headers as they appear on union forms, then English field names.
constexpr ColumnSpec kWorkerColumns[] = {
    {"name", "姓名|职工姓名|name", true},
    {"sex", "性别|sex|gender"},
    {"ethnicity", "民族|ethnicity"},
    {"birth_date", "出生日期|出生年月日|出生年月|生日|birth_date|birthdate|date_of_birth"},
    {"id_number", "身份证号|身份证号码|公民身份号码|居民身份证号码|身份证|证件号码|id_number|id_no|resident_id"},
    {"phone", "联系电话|电话|手机|手机号|手机号码|联系方式|电话号码|联系电话号码|phone|mobile|telephone"},
    {"address", "住址|地址|家庭住址|现住址|居住地址|address"},
    {"hukou_type", "户口性质|户籍类型|户口类型|户籍性质|户籍|户口|hukou_type|hukou"},
    {"employer", "工作单位|用人单位|用人单位名称|单位名称|单位|所在单位|工作单位名称|employer|employer_name"},
    {"employer_credit_code", "单位统一社会信用代码|单位信用代码|统一社会信用代码|用人单位统一社会信用代码|employer_credit_code"},
    {"post", "岗位|职务|工种|post|position|job"},
    {"union_member", "是否工会会员|工会会员|会员|union_member"},
    {"notes", "备注|notes|remarks"},
    {"id_type", "证件类型|证件种类|id_type"},
    {"id_number_override", "证件号码保留原因|身份证号保留原因|id_number_override"},
};

constexpr ColumnSpec kEmployerColumns[] = {
    {"name", "单位名称|企业名称|用人单位|用人单位名称|单位|名称|name|employer", true},
    {"credit_code", "统一社会信用代码|信用代码|社会信用代码|credit_code|uscc"},
    {"employer_type", "单位类型|单位性质|企业类型|企业性质|employer_type"},
    {"industry", "行业|所属行业|行业类别|行业代码|industry"},
    {"employee_count", "职工人数|职工数|员工人数|从业人数|employee_count|employees"},
    {"union_founded", "是否建会|已建会|建会|union_founded"},
    {"union_founded_on", "建会日期|建会时间|union_founded_on"},
    {"has_workers_congress", "职代会|是否建立职代会|职工代表大会|has_workers_congress"},
    {"has_open_affairs", "厂务公开|has_open_affairs"},
    {"has_collective_bargaining", "集体协商|has_collective_bargaining"},
    {"legal_representative", "法定代表人|法人代表|法人|legal_representative"},
    {"phone", "联系电话|电话|单位电话|办公电话|手机|手机号码|联系方式|phone"},
    {"address", "地址|单位地址|注册地址|住所|address"},
    {"district", "所在区|区|所属区|区县|district"},
    {"street", "所在街道|街道|街道乡镇|所属街道|street"},
    {"notes", "备注|notes|remarks"},
    {"credit_code_override", "信用代码保留原因|credit_code_override"},
};

const ImportColumns &columnsOf(RegisterImporter::Kind kind)
{
    static const ImportColumns workers(kWorkerColumns);
    static const ImportColumns employers(kEmployerColumns);
    return kind == RegisterImporter::Kind::Workers ? workers : employers;
}

std::optional<QString> parseSex(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s == QStringLiteral("男") || s == QStringLiteral("男性") || s == QLatin1String("male") || s == QLatin1String("m")
        || s == QLatin1String("1"))
        return QStringLiteral("male");
    if (s == QStringLiteral("女") || s == QStringLiteral("女性") || s == QLatin1String("female") || s == QLatin1String("f")
        || s == QLatin1String("2"))
        return QStringLiteral("female");
    return std::nullopt;
}


// Names of code-list items and org units, loaded once per import.
class Lookups
{
public:
    explicit Lookups(Database &db)
    {
        const CodeListRepository codeLists(db);
        for (const char *list : {"employer_type", "ethnicity", "hukou_type", "industry"}) {
            const QString listName = QString::fromLatin1(list);
            auto &names = m_lists[listName];
            const QList<CodeItem> items = codeLists.items(listName);
            // 门类 first: a 大类 with the same name (K 房地产业 / 70 房地产业) wins, as employers carry 大类.
            for (const bool withParent : {false, true}) {
                for (const CodeItem &item : items) {
                    if (item.parentCode.isEmpty() == withParent)
                        continue;
                    names.insert(ImportCells::normalKey(item.code), item.code);
                    names.insert(ImportCells::normalKey(item.nameZh), item.code);
                    if (!item.nameEn.isEmpty())
                        names.insert(ImportCells::normalKey(item.nameEn), item.code);
                    if (listName == QLatin1String("ethnicity") && item.nameZh.endsWith(QStringLiteral("族")))
                        names.insert(ImportCells::normalKey(item.nameZh.chopped(1)), item.code); // 汉 -> 汉族
                }
            }
        }
        for (const OrgUnit &unit : OrgUnitRepository(db).ofTiers({QStringLiteral("district"), QStringLiteral("street")})) {
            if (unit.tier == QLatin1String("district")) {
                for (const QString &name : {unit.code, unit.shortName, unit.name})
                    m_districts.insert(ImportCells::normalKey(name), unit.code);
            } else {
                m_streetParent.insert(unit.code, unit.parentCode);
                for (const QString &name : {unit.shortName, unit.name})
                    m_streets.insert(ImportCells::normalKey(name), unit.code);
            }
        }
    }

    // The code for a code or name of `list`; "47 房屋建筑业" and "1" for "01" are accepted.
    QString code(const QString &list, const QString &value) const
    {
        const auto &names = m_lists.value(list);
        const QString key = ImportCells::normalKey(value);
        if (auto it = names.constFind(key); it != names.constEnd())
            return it.value();
        if (key.size() == 1 && key.at(0).isDigit() && names.contains(QLatin1Char('0') + key))
            return names.value(QLatin1Char('0') + key);
        static const QRegularExpression separator(QStringLiteral("[\\s\\-—:：]+"));
        const QString first = value.trimmed().section(separator, 0, 0);
        if (first != value.trimmed() && names.contains(ImportCells::normalKey(first)) && names.value(ImportCells::normalKey(first)) == first)
            return first;
        return {};
    }

    QString district(const QString &value) const { return m_districts.value(ImportCells::normalKey(value)); }

    // A street's code by code or name, inside `district` when given. `ambiguous` = the name is
    // used in several districts and none was given.
    QString street(const QString &value, const QString &district, bool *ambiguous) const
    {
        *ambiguous = false;
        const QList<QString> codes = m_streets.values(ImportCells::normalKey(value));
        QStringList matches;
        for (const QString &c : codes)
            if (district.isEmpty() || m_streetParent.value(c) == district)
                matches << c;
        const QString code = value.trimmed();
        if (matches.isEmpty() && m_streetParent.contains(code) && (district.isEmpty() || m_streetParent.value(code) == district))
            matches << code;
        matches.removeDuplicates();
        *ambiguous = matches.size() > 1;
        return matches.size() == 1 ? matches.first() : QString();
    }

    QString streetDistrict(const QString &street) const { return m_streetParent.value(street); }

private:
    QHash<QString, QHash<QString, QString>> m_lists;
    QHash<QString, QString> m_districts;
    QMultiHash<QString, QString> m_streets;
    QHash<QString, QString> m_streetParent;
};

// Reusable prepared lookups by indexed columns (never a scan per row).
class Finder
{
public:
    explicit Finder(Database &db, const QString &sql) : m_query(db.connection())
    {
        m_query.setForwardOnly(true);
        m_query.prepare(sql);
    }
    // First column of each row for `key` (at most two rows).
    QStringList find(const QString &key)
    {
        QStringList out;
        m_query.addBindValue(key);
        if (m_query.exec())
            while (out.size() < 2 && m_query.next())
                out << m_query.value(0).toString();
        m_query.finish();
        return out;
    }

private:
    QSqlQuery m_query;
};

QString label(const char *field)
{
    return RegisterValidator::fieldLabel(QString::fromLatin1(field));
}

// One data row being read: the framework's row (cells by column, issues), the values for the
// validator and the register's ways of reading a cell.
class RowReader
{
public:
    RowReader(ImportRow &row, const Lookups &lookups) : m_row(row), m_lookups(lookups) {}
    int row() const { return m_row.row(); }
    QVariantMap &values() { return m_values; }
    const Lookups &lookups() const { return m_lookups; }
    bool has(const QString &field) const { return m_row.has(field); }
    QString text(const char *field) const { return m_row.text(field); }
    QString text(const QString &field) const { return m_row.text(field); }
    void report(const QString &field, const QString &message) { m_row.report(field, message); }
    void reportRow(const QString &message, const QString &value = {}) { m_row.reportRow(message, value); }

    // The cell as it is.
    void plain(const char *field)
    {
        if (const QString t = text(field); !t.isEmpty())
            m_values.insert(QString::fromLatin1(field), t);
    }
    // A code-list item by code or name.
    void code(const char *field, const char *list)
    {
        const QString t = text(field);
        if (t.isEmpty())
            return;
        const QString c = m_lookups.code(QString::fromLatin1(list), t);
        if (c.isEmpty())
            report(QString::fromLatin1(field), RegisterImporter::tr("%1: not in the list of the register.").arg(label(field)));
        else
            m_values.insert(QString::fromLatin1(field), c);
    }
    void yesNo(const char *field)
    {
        const QString t = text(field);
        if (t.isEmpty())
            return;
        if (const auto b = ImportCells::parseYesNo(t))
            m_values.insert(QString::fromLatin1(field), *b ? 1 : 0);
        else
            report(QString::fromLatin1(field), RegisterImporter::tr("%1: write 是 or 否.").arg(label(field)));
    }
    void date(const char *field)
    {
        const QString t = text(field);
        if (t.isEmpty())
            return;
        if (const QDate d = ImportCells::parseDate(t); d.isValid())
            m_values.insert(QString::fromLatin1(field), d.toString(Qt::ISODate));
        else
            report(QString::fromLatin1(field), RegisterImporter::tr("%1: not a date; write it as 2024-01-31.").arg(label(field)));
    }
    // ID numbers and credit codes: refuse what Excel has rounded or what was masked, never guess.
    void number(const char *field)
    {
        const QString t = ImportCells::codeText(text(field));
        if (t.isEmpty())
            return;
        if (ImportCells::isScientific(t))
            report(QString::fromLatin1(field),
                   RegisterImporter::tr("The number was stored as a number, so Excel rounded its last digits. Format the "
                                        "column as text and enter the number again."));
        else if (t.contains(QLatin1Char('*')))
            report(QString::fromLatin1(field),
                   RegisterImporter::tr("The number is masked. Export again with full ID numbers to import it."));
        else
            m_values.insert(QString::fromLatin1(field), t);
    }

private:
    ImportRow &m_row;
    const Lookups &m_lookups;
    QVariantMap m_values;
};

// Employers named in a workers file, by credit code or exact name, each looked up once.
class EmployerResolver
{
public:
    explicit EmployerResolver(Database &db)
        : m_byCode(db, QStringLiteral("SELECT id FROM employers WHERE credit_code = ? AND deleted = 0")),
          m_byName(db, QStringLiteral("SELECT id FROM employers WHERE name = ? AND deleted = 0"))
    {
    }
    // Matching ids (at most two).
    QStringList find(const QString &value, bool isCode)
    {
        const QString key = (isCode ? QStringLiteral("c:") : QStringLiteral("n:")) + value;
        auto it = m_cache.constFind(key);
        if (it == m_cache.constEnd())
            it = m_cache.insert(key, isCode ? m_byCode.find(value) : m_byName.find(value));
        return it.value();
    }

private:
    Finder m_byCode;
    Finder m_byName;
    QHash<QString, QStringList> m_cache;
};

// A 出生年月 column often holds the year and month only (1985-03, 1985年3月, 1985.3): the ID number
// gives the day, so such a month is only checked against it. A full date is read as a date.
void readBirthDate(RowReader &row)
{
    const QString text = row.text("birth_date");
    static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?$"));
    const QRegularExpressionMatch m = yearMonth.match(text);
    if (!m.hasMatch()) {
        row.date("birth_date");
        return;
    }
    const QDate fromId = ResidentId::check(ImportCells::codeText(row.text("id_number")), QDate()).info.birthDate;
    if (!fromId.isValid())
        row.report(QStringLiteral("birth_date"),
                   RegisterImporter::tr("Birth date: give the day too (1985-03-12); only a resident ID number can supply it."));
    else if (fromId.year() != m.captured(1).toInt() || fromId.month() != m.captured(2).toInt())
        row.report(QStringLiteral("birth_date"),
                   RegisterImporter::tr("Birth date: the ID number gives %1, another month.").arg(fromId.toString(Qt::ISODate)));
}

void readWorker(RowReader &row, EmployerResolver &employers)
{
    row.plain("post");
    row.plain("id_number_override");
    row.number("id_number");
    if (const QString type = row.text("id_type"); !type.isEmpty()) {
        if (const auto t = IdDocument::parse(type)) {
            row.values().insert(QStringLiteral("id_type"), IdDocument::code(*t));
        } else {
            row.report(QStringLiteral("id_type"),
                       RegisterImporter::tr("ID type: write 居民身份证, 外国人永久居留身份证, 护照, 港澳居民来往内地通行证, "
                                            "台湾居民来往大陆通行证 or 港澳台居民居住证."));
            row.values().remove(QStringLiteral("id_number")); // its rule is unknown: not judged by another's
        }
    }
    readBirthDate(row);
    if (const QString sex = row.text("sex"); !sex.isEmpty()) {
        if (const auto s = parseSex(sex))
            row.values().insert(QStringLiteral("sex"), *s);
        else
            row.report(QStringLiteral("sex"), RegisterImporter::tr("Sex: write 男 or 女."));
    }
    row.code("ethnicity", "ethnicity");
    row.code("hukou_type", "hukou_type");
    row.yesNo("union_member");
    // The employer: by credit code when one is given (in its own column or instead of the name),
    // else by exact name.
    const QString byCode = ImportCells::codeText(row.text("employer_credit_code")).toUpper();
    const QString byName = row.text("employer");
    if (byCode.isEmpty() && byName.isEmpty())
        return;
    static const QRegularExpression codeLike(QStringLiteral("^[0-9A-Za-z]{18}$"));
    const bool nameIsCode = byCode.isEmpty() && codeLike.match(byName).hasMatch();
    const QStringList ids = !byCode.isEmpty() ? employers.find(byCode, true)
                                              : employers.find(nameIsCode ? byName.toUpper() : byName, nameIsCode);
    const QString field = byCode.isEmpty() ? QStringLiteral("employer") : QStringLiteral("employer_credit_code");
    if (ids.isEmpty())
        row.report(field, RegisterImporter::tr("Unknown employer: it is not in the register. Import or enter the employer first."));
    else if (ids.size() > 1)
        row.report(field, RegisterImporter::tr("Several employers in the register have this name; add the column "
                                               "单位统一社会信用代码 to say which one."));
    else
        row.values().insert(QStringLiteral("employer_id"), ids.first());
}

void readEmployer(RowReader &row)
{
    row.plain("legal_representative");
    row.plain("credit_code_override");
    row.number("credit_code");
    row.code("employer_type", "employer_type");
    row.code("industry", "industry");
    static const QRegularExpression zeroDecimals(QStringLiteral("\\.0+$"));
    QString count = row.text("employee_count");
    count.remove(QStringLiteral("人")).remove(QLatin1Char(',')).remove(zeroDecimals);
    if (!count.trimmed().isEmpty())
        row.values().insert(QStringLiteral("employee_count"), count.trimmed());
    for (const char *b : {"union_founded", "has_workers_congress", "has_open_affairs", "has_collective_bargaining"})
        row.yesNo(b);
    row.date("union_founded_on");

    const QString districtText = row.text("district");
    QString district;
    if (!districtText.isEmpty()) {
        district = row.lookups().district(districtText);
        if (district.isEmpty())
            row.report(QStringLiteral("district"), RegisterImporter::tr("Unknown district: it is not in the organisation tree."));
        else
            row.values().insert(QStringLiteral("district"), district);
    }
    // The street inside the district given, or on its own when no district is given (not when
    // the district is unknown: that is reported already).
    const QString streetText = row.text("street");
    if (streetText.isEmpty() || (!districtText.isEmpty() && district.isEmpty()))
        return;
    bool ambiguous = false;
    const QString street = row.lookups().street(streetText, district, &ambiguous);
    if (ambiguous) {
        row.report(QStringLiteral("street"), RegisterImporter::tr("Several districts have a street of this name; fill in the district."));
    } else if (street.isEmpty()) {
        row.report(QStringLiteral("street"), district.isEmpty()
                                                 ? RegisterImporter::tr("Unknown street or township: it is not in the organisation tree.")
                                                 : RegisterImporter::tr("Unknown street or township: it is not in this district."));
    } else {
        row.values().insert(QStringLiteral("street"), street);
        if (district.isEmpty())
            row.values().insert(QStringLiteral("district"), row.lookups().streetDistrict(street));
    }
}

// The register's side of an ImportRun: its transaction, WriteNotice and access-log entry, and
// the reading, checking and writing of one worker or employer.
class RegisterTarget final : public ImportRun::Target
{
public:
    RegisterTarget(Database &db, RecordStore &store, RegisterImporter::Kind kind, const QString &sourceName)
        : m_db(db), m_store(store), m_workers(kind == RegisterImporter::Kind::Workers),
          m_tableName(RegisterImporter::tableName(kind)), m_sourceName(sourceName),
          m_keyField(m_workers ? QStringLiteral("id_number") : QStringLiteral("credit_code"))
    {
    }

    Status begin(qsizetype rows) override
    {
        // Rows are written while the file is still clean, all in this one transaction; at the first
        // problem writing stops (checking goes on, for a complete report) and nothing is committed.
        // A long import holds the write lock for minutes: others are told who, what and until when.
        m_notice.emplace(m_db, WriteNotice::accountName(m_db, m_store.actor()),
                         m_workers ? WriteNotice::Task::ImportWorkers : WriteNotice::Task::ImportEmployers, rows);
        m_tx.emplace(m_db);
        if (!m_tx->isActive())
            return Status::failure(m_tx->error());
        if (rows >= WriteNotice::kRowsWorthANotice)
            m_notice->post();
        m_service.emplace(m_store, QDate::currentDate());
        m_lookups.emplace(m_db);
        m_employers.emplace(m_db);
        m_existing.emplace(m_db, m_workers ? QStringLiteral("SELECT 1 FROM workers WHERE id_number = ? AND deleted = 0")
                                           : QStringLiteral("SELECT 1 FROM employers WHERE credit_code = ? AND deleted = 0"));
        return Status::success();
    }

    void progress(qsizetype index) override { m_notice->progress(index); }

    bool read(ImportRow &cells) override
    {
        RowReader row(cells, *m_lookups);
        row.plain("name");
        if (const QString phone = row.text("phone"); !phone.isEmpty())
            row.values().insert(QStringLiteral("phone"), phone.startsWith(QLatin1Char('\'')) ? phone.mid(1) : phone);
        row.plain("address");
        row.plain("notes");
        if (m_workers)
            readWorker(row, *m_employers);
        else
            readEmployer(row);

        // The service's own check: what it refuses here it would refuse to write.
        RegisterService::Checked checked =
            m_workers ? m_service->checkWorkerFields(row.values()) : m_service->checkEmployerFields(row.values());
        for (const FieldError &e : checked.errors()) {
            QString field = e.field;
            if (field == QLatin1String("employer_id"))
                field = row.text("employer_credit_code").isEmpty() ? QStringLiteral("employer") : QStringLiteral("employer_credit_code");
            QString message = e.message;
            if (field == QLatin1String("credit_code") && e.overridable)
                message = RegisterImporter::tr("%1 Correct the code, or enter this employer by hand and give the reason for keeping it.")
                              .arg(message);
            if (field == QLatin1String("id_number") && e.overridable)
                message = RegisterImporter::tr("%1 To import it as it is, add the column 证件号码保留原因 and write the "
                                               "reason in this row.")
                              .arg(message);
            if (row.has(field))
                row.report(field, message);
            else
                row.reportRow(message);
        }

        // Duplicates: within the file first, then against the register.
        const QString key = checked.fields().value(m_keyField).toString();
        if (!key.isEmpty()) {
            if (const int first = m_seen.value(key); first > 0) {
                row.report(m_keyField, RegisterImporter::tr("Same as row %1.").arg(first));
            } else {
                m_seen.insert(key, row.row());
                // Without the name on record: the report goes to whoever imports the file, who
                // may have no right to learn who else is in the register.
                if (!m_existing->find(key).isEmpty())
                    row.report(m_keyField, m_workers ? RegisterImporter::tr("A worker with this ID number is already in the register.")
                                                     : RegisterImporter::tr("An employer with this credit code is already in the register."));
            }
        } else if (!m_workers && !row.text("name").isEmpty()) {
            const QString nameKey = QStringLiteral("name:") + row.text("name") + QLatin1Char('|')
                + checked.fields().value(QStringLiteral("district")).toString();
            if (const int first = m_seen.value(nameKey); first > 0)
                row.report(QStringLiteral("name"), RegisterImporter::tr("Same employer as row %1 (same name, no credit code).").arg(first));
            else
                m_seen.insert(nameKey, row.row());
        }
        m_checked = std::move(checked);
        return true;
    }

    Status write(ImportRow &) override
    {
        return m_service->createChecked(*m_checked).status();
    }

    Status finish(const ImportReport &report) override
    {
        const QString detail = QStringLiteral("%1; file %2; %3 rows")
                                   .arg(m_tableName, m_sourceName.isEmpty() ? QStringLiteral("(table)") : m_sourceName)
                                   .arg(report.rowsRead);
        if (Status s = AccessLog::append(m_db, m_store.actor(), AccessLog::Event::Import, m_tableName, {}, detail); !s)
            return Status::failure(RegisterImporter::tr("The import could not be logged, so nothing was imported: %1").arg(s.error()));
        return m_tx->commit();
    }

private:
    Database &m_db;
    RecordStore &m_store;
    const bool m_workers;
    const QString m_tableName;
    const QString m_sourceName;
    const QString m_keyField;
    std::optional<WriteNotice> m_notice; // declared before the transaction: removed after it ended
    std::optional<Database::Transaction> m_tx;
    std::optional<RegisterService> m_service;
    std::optional<Lookups> m_lookups;
    std::optional<EmployerResolver> m_employers;
    std::optional<Finder> m_existing;
    QHash<QString, int> m_seen; // ID number / credit code / employer name -> its first row
    std::optional<RegisterService::Checked> m_checked; // the row read last, as the service checked it
};

} // namespace

RegisterImporter::RegisterImporter(Database &db, RecordStore &store) : m_db(db), m_store(store) {}

const ImportColumns &RegisterImporter::importColumns(Kind kind)
{
    return columnsOf(kind);
}

QStringList RegisterImporter::templateHeaders(Kind kind)
{
    return columnsOf(kind).templateHeaders();
}

QString RegisterImporter::tableName(Kind kind)
{
    return kind == Kind::Workers ? QStringLiteral("workers") : QStringLiteral("employers");
}

Result<ImportReport> RegisterImporter::importFile(Kind kind, const QString &path, const Progress &progress)
{
    auto table = TabularFile::read(path);
    if (!table)
        return table.status();
    return run(kind, table.value(), QFileInfo(path).fileName(), progress);
}

Result<ImportReport> RegisterImporter::importTable(Kind kind, const Table &table, const QString &sourceName,
                                                   const Progress &progress)
{
    return run(kind, table, sourceName, progress);
}

Result<ImportReport> RegisterImporter::run(Kind kind, const Table &input, const QString &sourceName, const Progress &progress)
{
    ImportRun::Options options;
    options.headerMinimum = 2;
    options.unknownColumnsIgnored = true; // offices' sheets carry 入职日期, 籍贯 and the like
    options.progress = progress;
    RegisterTarget target(m_db, m_store, kind, sourceName);
    return ImportRun::run(columnsOf(kind), options, input, target);
}

} // namespace ud
