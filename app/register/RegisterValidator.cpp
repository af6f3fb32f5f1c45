#include "register/RegisterValidator.h"

#include "storage/CodeListRepository.h"

#include "core/CreditCode.h"
#include "core/IdDocument.h"
#include "storage/Database.h"
#include "storage/OrgUnitRepository.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace ud {

namespace {

// Columns that hold NULL rather than "" when empty.
const QStringList &nullableColumns()
{
    static const QStringList cols = {
        QStringLiteral("sex"),          QStringLiteral("ethnicity"),   QStringLiteral("birth_date"),
        QStringLiteral("id_number"),    QStringLiteral("hukou_type"),  QStringLiteral("employer_id"),
        QStringLiteral("credit_code"),  QStringLiteral("employer_type"), QStringLiteral("industry"),
        QStringLiteral("employee_count"), QStringLiteral("union_founded_on"), QStringLiteral("district"),
        QStringLiteral("street"),
    };
    return cols;
}

const QStringList &boolColumns()
{
    static const QStringList cols = {QStringLiteral("union_member"), QStringLiteral("union_founded"),
                                     QStringLiteral("has_workers_congress"), QStringLiteral("has_open_affairs"),
                                     QStringLiteral("has_collective_bargaining")};
    return cols;
}

std::optional<bool> parseBool(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    if (s == QLatin1String("1") || s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("y")
        || s == QStringLiteral("是") || s == QStringLiteral("有") || s == QStringLiteral("已建"))
        return true;
    if (s.isEmpty() || s == QLatin1String("0") || s == QLatin1String("false") || s == QLatin1String("no")
        || s == QLatin1String("n") || s == QStringLiteral("否") || s == QStringLiteral("无") || s == QStringLiteral("未建"))
        return false;
    return std::nullopt;
}

QDate parseDate(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    const QString s = v.toString().trimmed();
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy/M/d"), QStringLiteral("yyyy-M-d"),
                                  QStringLiteral("yyyyMMdd"), QStringLiteral("yyyy.M.d"), QStringLiteral("yyyy年M月d日")}) {
        const QDate d = QDate::fromString(s, format);
        if (d.isValid())
            return d;
    }
    return {};
}

// Per-field maxima (characters). Names: the longest Chinese personal names, with ethnic-minority
// and foreign names written out, stay far below 100; employer names (with branch and
// "有限责任公司") below 200. Addresses: province to room number fits in 200. Free text that
// officers type: notes 2,000, the facts and requests of a dispute 10,000 (several pages).
struct TextLimit
{
    const char *record;
    const char *field;
    int max;
};

constexpr TextLimit kTextLimits[] = {
    {"worker", "name", 100},
    {"worker", "phone", 30},
    {"worker", "address", 200},
    {"worker", "post", 100},
    {"worker", "notes", 2000},
    {"worker", "id_number_override", 500},
    {"employer", "name", 200},
    {"employer", "credit_code_override", 500},
    {"employer", "legal_representative", 100},
    {"employer", "phone", 30},
    {"employer", "address", 200},
    {"employer", "notes", 2000},
    {"case", "case_no", 100},
    {"case", "facts", 10000},
    {"case", "requests", 10000},
    {"case", "notes", 2000},
    {"case", "agent_name", 100},
    {"case", "agent_phone", 30},
    {"case", "agent_relation", 50},
    {"case", "claim_description", 500},
};

constexpr int kDefaultMaxLength = 100;

// Keeps only the first error of each field in `tooLong` (its length message): the checks of
// its content that follow would only repeat, or echo megabytes of text.
void dropFollowUps(QList<FieldError> &errors, const QSet<QString> &tooLong)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < errors.size();) {
        const QString &field = errors.at(i).field;
        if (tooLong.contains(field) && seen.contains(field)) {
            errors.removeAt(i);
            continue;
        }
        seen.insert(field);
        ++i;
    }
}

} // namespace

int RegisterValidator::maxLength(const QString &record, const QString &field)
{
    for (const TextLimit &l : kTextLimits)
        if (record == QLatin1String(l.record) && field == QLatin1String(l.field))
            return l.max;
    return kDefaultMaxLength;
}

RegisterValidator::RegisterValidator(Database &db, const QDate &today) : m_db(db), m_today(today)
{
    // Every code that ever existed (bundled), and what an administrator added to the node's list.
    m_divisions = DivisionCodes::bundled();
    const CodeListRepository codes(db);
    for (const CodeItem &item : codes.items(QStringLiteral("division")))
        if (!m_divisions.contains(item.code))
            m_divisions.insert(item.code, item.nameZh);
    for (const char *list : {"ethnicity", "hukou_type", "employer_type", "industry"}) {
        auto &names = m_lists[QLatin1String(list)];
        for (const CodeItem &item : codes.items(QLatin1String(list)))
            names.insert(item.code, item.nameZh);
    }
}

const QStringList &RegisterValidator::workerFields()
{
    static const QStringList f = {
        QStringLiteral("name"),       QStringLiteral("sex"),         QStringLiteral("ethnicity"),
        QStringLiteral("birth_date"), QStringLiteral("id_number"),   QStringLiteral("phone"),
        QStringLiteral("address"),    QStringLiteral("hukou_type"),  QStringLiteral("employer_id"),
        QStringLiteral("post"),       QStringLiteral("union_member"), QStringLiteral("notes"),
        QStringLiteral("id_type"),    QStringLiteral("id_number_override"),
    };
    return f;
}

const QStringList &RegisterValidator::employerFields()
{
    static const QStringList f = {
        QStringLiteral("name"),           QStringLiteral("credit_code"),      QStringLiteral("credit_code_override"),
        QStringLiteral("employer_type"),  QStringLiteral("industry"),         QStringLiteral("employee_count"),
        QStringLiteral("union_founded"),  QStringLiteral("union_founded_on"), QStringLiteral("has_workers_congress"),
        QStringLiteral("has_open_affairs"), QStringLiteral("has_collective_bargaining"),
        QStringLiteral("legal_representative"), QStringLiteral("phone"),     QStringLiteral("address"),
        QStringLiteral("district"),       QStringLiteral("street"),           QStringLiteral("notes"),
    };
    return f;
}

QString RegisterValidator::fieldLabel(const QString &field)
{
    static const struct
    {
        const char *field;
        const char *label;
    } labels[] = {
        {"name", QT_TRANSLATE_NOOP("RegisterValidator", "Name")},
        {"sex", QT_TRANSLATE_NOOP("RegisterValidator", "Sex")},
        {"ethnicity", QT_TRANSLATE_NOOP("RegisterValidator", "Ethnicity")},
        {"birth_date", QT_TRANSLATE_NOOP("RegisterValidator", "Birth date")},
        {"id_number", QT_TRANSLATE_NOOP("RegisterValidator", "ID number")},
        {"id_type", QT_TRANSLATE_NOOP("RegisterValidator", "ID type")},
        {"id_number_override", QT_TRANSLATE_NOOP("RegisterValidator", "Reason to keep the ID number")},
        {"phone", QT_TRANSLATE_NOOP("RegisterValidator", "Phone")},
        {"address", QT_TRANSLATE_NOOP("RegisterValidator", "Address")},
        {"hukou_type", QT_TRANSLATE_NOOP("RegisterValidator", "Hukou type")},
        {"employer_id", QT_TRANSLATE_NOOP("RegisterValidator", "Employer")},
        {"post", QT_TRANSLATE_NOOP("RegisterValidator", "Post")},
        {"union_member", QT_TRANSLATE_NOOP("RegisterValidator", "Union member")},
        {"notes", QT_TRANSLATE_NOOP("RegisterValidator", "Notes")},
        {"credit_code", QT_TRANSLATE_NOOP("RegisterValidator", "Unified social credit code")},
        {"credit_code_override", QT_TRANSLATE_NOOP("RegisterValidator", "Reason to keep the credit code")},
        {"employer_type", QT_TRANSLATE_NOOP("RegisterValidator", "Employer type")},
        {"industry", QT_TRANSLATE_NOOP("RegisterValidator", "Industry")},
        {"employee_count", QT_TRANSLATE_NOOP("RegisterValidator", "Employees")},
        {"union_founded", QT_TRANSLATE_NOOP("RegisterValidator", "Union founded")},
        {"union_founded_on", QT_TRANSLATE_NOOP("RegisterValidator", "Union founded on")},
        {"has_workers_congress", QT_TRANSLATE_NOOP("RegisterValidator", "Workers' congress")},
        {"has_open_affairs", QT_TRANSLATE_NOOP("RegisterValidator", "Open factory affairs")},
        {"has_collective_bargaining", QT_TRANSLATE_NOOP("RegisterValidator", "Collective bargaining")},
        {"legal_representative", QT_TRANSLATE_NOOP("RegisterValidator", "Legal representative")},
        {"district", QT_TRANSLATE_NOOP("RegisterValidator", "District")},
        {"street", QT_TRANSLATE_NOOP("RegisterValidator", "Street/township")},
    };
    for (const auto &l : labels)
        if (field == QLatin1String(l.field))
            return tr(l.label);
    return field;
}

QString RegisterValidator::resolveCode(const QString &list, const QString &value) const
{
    const auto it = m_lists.constFind(list);
    if (it == m_lists.constEnd())
        return {};
    if (it->contains(value))
        return value;
    for (auto c = it->constBegin(); c != it->constEnd(); ++c)
        if (c.value() == value)
            return c.key();
    return {};
}

QDate RegisterValidator::parseDate(const QString &text)
{
    return ud::parseDate(QVariant(text));
}

FieldError RegisterValidator::dateError(const QString &field, const QString &text)
{
    return FieldError{field, tr("%1: \"%2\" is not a date; write it as 2024-03-31.").arg(fieldLabel(field), text)};
}

QVariant RegisterValidator::checkDate(const QString &field, const QVariant &value, QList<FieldError> &errors) const
{
    const QDate d = ud::parseDate(value);
    if (!d.isValid()) {
        errors << dateError(field, value.toString());
        return {};
    }
    if (d > m_today) {
        errors << FieldError{field, tr("%1: %2 is in the future.").arg(fieldLabel(field), d.toString(Qt::ISODate))};
        return {};
    }
    if (d.year() < 1900) {
        errors << FieldError{field, tr("%1: %2 is too early.").arg(fieldLabel(field), d.toString(Qt::ISODate))};
        return {};
    }
    return d.toString(Qt::ISODate);
}

// A field's value as it is checked and stored: text trimmed, empty text null where the column
// allows it, and text over the field's maximum length reported (once, in `tooLong`) and cut,
// so the other checks never echo megabytes of it.
QVariant RegisterValidator::normalized(const QString &record, const QString &field, const QVariant &value,
                                       QList<FieldError> &errors, QSet<QString> &tooLong)
{
    QVariant v = value;
    if (v.typeId() == QMetaType::QString)
        v = v.toString().trimmed();
    if (v.toString().isEmpty() && v.typeId() != QMetaType::Bool)
        v = nullableColumns().contains(field) ? QVariant() : QVariant(QString::fromLatin1(""));
    if (v.typeId() == QMetaType::QString) {
        const int max = maxLength(record, field);
        if (const qsizetype length = v.toString().size(); length > max) {
            errors << FieldError{field, tr("%1 is too long: at most %n character(s), this has %2.", nullptr, max)
                                            .arg(fieldLabel(field))
                                            .arg(length)};
            tooLong.insert(field);
            v = v.toString().left(max);
        }
    }
    return v;
}

RegisterValidator::Outcome RegisterValidator::checkWorker(const QVariantMap &input, bool partial) const
{
    Outcome out;
    QList<FieldError> &errors = out.errors;
    QVariantMap &f = out.fields;
    QSet<QString> tooLong;
    for (auto it = input.cbegin(); it != input.cend(); ++it) {
        if (!workerFields().contains(it.key())) {
            errors << FieldError{it.key(), tr("A worker has no field \"%1\".").arg(it.key())};
            continue;
        }
        QVariant v = normalized(QStringLiteral("worker"), it.key(), it.value(), errors, tooLong);
        f.insert(it.key(), v);
    }
    const auto has = [&](const char *k) { return f.contains(QLatin1String(k)); };
    const auto text = [&](const char *k) { return f.value(QLatin1String(k)).toString(); };

    if ((!partial || has("name")) && text("name").isEmpty())
        errors << FieldError{QStringLiteral("name"), tr("The name is required.")};

    if (has("sex") && !f.value(QStringLiteral("sex")).isNull()) {
        const QString s = text("sex").toLower();
        if (s == QLatin1String("male") || s == QStringLiteral("男") || s == QLatin1String("m"))
            f.insert(QStringLiteral("sex"), QStringLiteral("male"));
        else if (s == QLatin1String("female") || s == QStringLiteral("女") || s == QLatin1String("f"))
            f.insert(QStringLiteral("sex"), QStringLiteral("female"));
        else
            errors << FieldError{QStringLiteral("sex"), tr("Sex: \"%1\" is neither male nor female.").arg(text("sex"))};
    }
    if (has("birth_date") && !f.value(QStringLiteral("birth_date")).isNull())
        f.insert(QStringLiteral("birth_date"), checkDate(QStringLiteral("birth_date"), f.value(QStringLiteral("birth_date")), errors));

    // The ID type: a code or Chinese name of the list; empty means a resident ID.
    IdType idType = IdType::Resident;
    if (has("id_type")) {
        if (text("id_type").isEmpty()) {
            f.insert(QStringLiteral("id_type"), IdDocument::code(IdType::Resident));
        } else if (const auto parsed = IdDocument::parse(text("id_type"))) {
            idType = *parsed;
            f.insert(QStringLiteral("id_type"), IdDocument::code(idType));
        } else {
            errors << FieldError{QStringLiteral("id_type"), tr("%1: \"%2\" is not in the list.").arg(fieldLabel(QStringLiteral("id_type")), text("id_type"))};
        }
    }
    const bool idNumberGiven = has("id_number") && !f.value(QStringLiteral("id_number")).isNull();
    if (has("id_number_override") && !idNumberGiven)
        f.insert(QStringLiteral("id_number_override"), QString::fromLatin1("")); // nothing to override
    if (idNumberGiven) {
        const IdDocument::Check check = IdDocument::check(idType, text("id_number"), m_today, m_divisions);
        if (!check.ok()) {
            errors << FieldError{QStringLiteral("id_number"), check.error};
        } else {
            f.insert(QStringLiteral("id_number"), check.normalized);
            // An unknown area code: kept only with a reason (overridable, like a credit code).
            if (!check.warning.isEmpty() && text("id_number_override").isEmpty())
                errors << FieldError{QStringLiteral("id_number"), check.warning, true};
            else if (check.warning.isEmpty() && has("id_number_override"))
                f.insert(QStringLiteral("id_number_override"), QString::fromLatin1(""));
        }
        if (check.ok() && check.carriesBirthDate()) {
            const QString derivedSex = check.sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
            const QString derivedBirth = check.birthDate.toString(Qt::ISODate);
            // Derive what was left empty; cross-check what was given.
            if (!has("birth_date") || f.value(QStringLiteral("birth_date")).isNull()) {
                f.insert(QStringLiteral("birth_date"), derivedBirth);
            } else if (text("birth_date") != derivedBirth) {
                errors << FieldError{QStringLiteral("birth_date"),
                                     tr("The birth date %1 does not match the ID number, which says %2.")
                                         .arg(text("birth_date"), derivedBirth)};
            }
            if (!has("sex") || f.value(QStringLiteral("sex")).isNull()) {
                f.insert(QStringLiteral("sex"), derivedSex);
            } else if (text("sex") != derivedSex && (text("sex") == QLatin1String("male") || text("sex") == QLatin1String("female"))) {
                errors << FieldError{QStringLiteral("sex"),
                                     tr("The sex does not match the ID number (its 17th digit says %1).")
                                         .arg(derivedSex == QLatin1String("male") ? tr("male") : tr("female"))};
            }
        }
    }
    for (const char *list : {"ethnicity", "hukou_type"}) {
        if (!has(list) || f.value(QLatin1String(list)).isNull())
            continue;
        const QString code = resolveCode(QLatin1String(list), text(list));
        if (code.isEmpty())
            errors << FieldError{QLatin1String(list), tr("%1: \"%2\" is not in the list.").arg(fieldLabel(QLatin1String(list)), text(list))};
        else
            f.insert(QLatin1String(list), code);
    }
    if (has("employer_id") && !f.value(QStringLiteral("employer_id")).isNull() && m_knownEmployers) {
        if (!m_knownEmployers->contains(text("employer_id")))
            errors << FieldError{QStringLiteral("employer_id"), tr("The employer is not in the register.")};
    } else if (has("employer_id") && !f.value(QStringLiteral("employer_id")).isNull()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM employers WHERE id = ? AND deleted = 0"));
        q.addBindValue(text("employer_id"));
        if (!q.exec() || !q.next())
            errors << FieldError{QStringLiteral("employer_id"), tr("The employer is not in the register.")};
    }
    if (has("phone") && !text("phone").isEmpty()) {
        static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 ()-]{5,18}[0-9]$"));
        if (!phone.match(text("phone")).hasMatch())
            errors << FieldError{QStringLiteral("phone"), tr("Phone: \"%1\" is not a phone number.").arg(text("phone"))};
    }
    for (const QString &b : boolColumns()) {
        if (!f.contains(b))
            continue;
        const auto parsed = parseBool(f.value(b));
        if (!parsed)
            errors << FieldError{b, tr("%1: \"%2\" is neither yes nor no.").arg(fieldLabel(b), f.value(b).toString())};
        else
            f.insert(b, *parsed ? 1 : 0);
    }
    dropFollowUps(errors, tooLong);
    return out;
}

RegisterValidator::Outcome RegisterValidator::checkEmployer(const QVariantMap &input, bool partial) const
{
    Outcome out;
    QList<FieldError> &errors = out.errors;
    QVariantMap &f = out.fields;
    QSet<QString> tooLong;
    for (auto it = input.cbegin(); it != input.cend(); ++it) {
        if (!employerFields().contains(it.key())) {
            errors << FieldError{it.key(), tr("An employer has no field \"%1\".").arg(it.key())};
            continue;
        }
        QVariant v = normalized(QStringLiteral("employer"), it.key(), it.value(), errors, tooLong);
        f.insert(it.key(), v);
    }
    const auto has = [&](const char *k) { return f.contains(QLatin1String(k)); };
    const auto text = [&](const char *k) { return f.value(QLatin1String(k)).toString(); };

    if ((!partial || has("name")) && text("name").isEmpty())
        errors << FieldError{QStringLiteral("name"), tr("The employer's name is required.")};

    if (has("credit_code") && !f.value(QStringLiteral("credit_code")).isNull()) {
        const auto check = CreditCode::check(text("credit_code"));
        if (check.error == CreditCode::Error::None || check.overridable())
            f.insert(QStringLiteral("credit_code"), check.normalized);
        if (!check.ok()) {
            const bool overridden = check.overridable() && !text("credit_code_override").isEmpty();
            if (!overridden)
                errors << FieldError{QStringLiteral("credit_code"), check.message, check.overridable()};
        } else if (has("credit_code_override")) {
            f.insert(QStringLiteral("credit_code_override"), QString::fromLatin1("")); // nothing to override
        }
    }
    for (const char *list : {"employer_type", "industry"}) {
        if (!has(list) || f.value(QLatin1String(list)).isNull())
            continue;
        const QString code = resolveCode(QLatin1String(list), text(list));
        if (code.isEmpty())
            errors << FieldError{QLatin1String(list), tr("%1: \"%2\" is not in the list.").arg(fieldLabel(QLatin1String(list)), text(list))};
        else
            f.insert(QLatin1String(list), code);
    }
    if (has("employee_count") && !f.value(QStringLiteral("employee_count")).isNull()) {
        bool ok = false;
        const qlonglong n = text("employee_count").toLongLong(&ok);
        if (!ok || n < 0 || n > 10000000)
            errors << FieldError{QStringLiteral("employee_count"),
                                 tr("Employees: \"%1\" is not a number of people.").arg(text("employee_count"))};
        else
            f.insert(QStringLiteral("employee_count"), n);
    }
    for (const QString &b : boolColumns()) {
        if (!f.contains(b))
            continue;
        const auto parsed = parseBool(f.value(b));
        if (!parsed)
            errors << FieldError{b, tr("%1: \"%2\" is neither yes nor no.").arg(fieldLabel(b), f.value(b).toString())};
        else
            f.insert(b, *parsed ? 1 : 0);
    }
    if (has("union_founded_on") && !f.value(QStringLiteral("union_founded_on")).isNull()) {
        f.insert(QStringLiteral("union_founded_on"),
                 checkDate(QStringLiteral("union_founded_on"), f.value(QStringLiteral("union_founded_on")), errors));
        if (has("union_founded") && f.value(QStringLiteral("union_founded")).toInt() == 0)
            errors << FieldError{QStringLiteral("union_founded_on"),
                                 tr("A union founding date is given, but the employer is marked as having no union.")};
    }

    // District and street: codes or names of units in the org tree; the street must lie in the district.
    const OrgUnitRepository org(m_db);
    const auto resolveUnit = [&](const QString &value, const QString &tier, const QString &parent) -> std::optional<OrgUnit> {
        if (auto u = org.find(value); u && u->tier == tier && (parent.isEmpty() || u->parentCode == parent))
            return u;
        for (const OrgUnit &u : org.search(value, 50))
            if (u.tier == tier && (u.shortName == value || u.name == value) && (parent.isEmpty() || u.parentCode == parent))
                return u;
        return std::nullopt;
    };
    QString districtCode;
    if (has("district") && !f.value(QStringLiteral("district")).isNull()) {
        const auto d = resolveUnit(text("district"), QStringLiteral("district"), QString());
        if (!d)
            errors << FieldError{QStringLiteral("district"), tr("District: \"%1\" is not a known district.").arg(text("district"))};
        else
            f.insert(QStringLiteral("district"), districtCode = d->code);
    }
    if (has("street") && !f.value(QStringLiteral("street")).isNull()) {
        const auto s = resolveUnit(text("street"), QStringLiteral("street"), districtCode);
        if (!s) {
            errors << FieldError{QStringLiteral("street"),
                                 districtCode.isEmpty()
                                     ? tr("Street/township: \"%1\" is not a known street or township.").arg(text("street"))
                                     : tr("Street/township: \"%1\" is not in the chosen district.").arg(text("street"))};
        } else {
            f.insert(QStringLiteral("street"), s->code);
            if (districtCode.isEmpty())
                f.insert(QStringLiteral("district"), s->parentCode);
        }
    }
    if (has("phone") && !text("phone").isEmpty()) {
        static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 ()-]{5,18}[0-9]$"));
        if (!phone.match(text("phone")).hasMatch())
            errors << FieldError{QStringLiteral("phone"), tr("Phone: \"%1\" is not a phone number.").arg(text("phone"))};
    }
    dropFollowUps(errors, tooLong);
    return out;
}

} // namespace ud
