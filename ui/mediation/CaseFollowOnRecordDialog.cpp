#include "ui/mediation/CaseFollowOnRecordDialog.h"

#include "core/Money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ud {

CaseFollowOnRecordDialog::CaseFollowOnRecordDialog(const QString &title, const QList<Field> &fields,
                                                   const QVariantMap &values, Submit submit, QWidget *parent)
    : QDialog(parent), m_fields(fields), m_submit(std::move(submit))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (const Field &f : std::as_const(m_fields)) {
        const QVariant value = values.value(f.key);
        QWidget *editor = nullptr;
        switch (f.type) {
        case Type::Date: {
            auto *date = new QDateEdit(this);
            date->setCalendarPopup(true);
            date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            date->setDate(value.toDate().isValid() ? value.toDate() : QDate::currentDate());
            editor = date;
            break;
        }
        case Type::OptionalDate: {
            auto *line = new QLineEdit(this);
            line->setPlaceholderText(tr("yyyy-mm-dd, empty if not yet"));
            if (value.toDate().isValid())
                line->setText(value.toDate().toString(Qt::ISODate));
            editor = line;
            break;
        }
        case Type::Line: {
            auto *line = new QLineEdit(value.toString(), this);
            editor = line;
            break;
        }
        case Type::Text: {
            auto *text = new QPlainTextEdit(value.toString(), this);
            text->setTabChangesFocus(true);
            text->setMaximumHeight(80);
            editor = text;
            break;
        }
        case Type::Choice: {
            auto *combo = new QComboBox(this);
            for (const auto &choice : f.choices)
                combo->addItem(choice.second, choice.first);
            const int index = combo->findData(value.toString());
            if (index >= 0)
                combo->setCurrentIndex(index);
            editor = combo;
            break;
        }
        case Type::Amount: {
            auto *line = new QLineEdit(this);
            line->setPlaceholderText(tr("Yuan; negative when the sum is reduced"));
            if (value.isValid() && value.toLongLong() != 0) {
                const qint64 fen = value.toLongLong();
                line->setText(Money::formatYuan(fen));
            }
            editor = line;
            break;
        }
        case Type::YesNo: {
            auto *combo = new QComboBox(this);
            combo->addItem(tr("Not recorded"), QString());
            combo->addItem(tr("Yes"), QStringLiteral("yes"));
            combo->addItem(tr("No"), QStringLiteral("no"));
            if (value.isValid())
                combo->setCurrentIndex(value.toBool() ? 1 : 2);
            editor = combo;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("followOnField_") + f.key);
        form->addRow(f.label, editor);
        m_editors.append(editor);
    }
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("followOnError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("followOnButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseFollowOnRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

Result<QVariantMap> CaseFollowOnRecordDialog::values() const
{
    QVariantMap out;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const Field &f = m_fields.at(i);
        QWidget *editor = m_editors.at(i);
        switch (f.type) {
        case Type::Date:
            out.insert(f.key, static_cast<QDateEdit *>(editor)->date());
            break;
        case Type::OptionalDate: {
            const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (!text.isEmpty() && !date.isValid())
                return Result<QVariantMap>::failure(tr("%1 \"%2\" is not a date (yyyy-mm-dd).").arg(f.label, text));
            out.insert(f.key, date);
            break;
        }
        case Type::Line:
            out.insert(f.key, static_cast<QLineEdit *>(editor)->text());
            break;
        case Type::Text:
            out.insert(f.key, static_cast<QPlainTextEdit *>(editor)->toPlainText());
            break;
        case Type::Choice:
            out.insert(f.key, static_cast<QComboBox *>(editor)->currentData().toString());
            break;
        case Type::Amount: {
            QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
            const bool negative = text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0xFF0D));
            if (negative)
                text.remove(0, 1);
            qint64 fen = 0;
            if (!text.isEmpty()) {
                const Result<qint64> parsed = Money::parseYuan(text);
                if (!parsed)
                    return Result<QVariantMap>::failure(f.label + QLatin1Char(' ') + parsed.error());
                fen = negative ? -parsed.value() : parsed.value();
            }
            out.insert(f.key, fen);
            break;
        }
        case Type::YesNo: {
            const QString v = static_cast<QComboBox *>(editor)->currentData().toString();
            out.insert(f.key, v.isEmpty() ? QVariant() : QVariant(v == QLatin1String("yes")));
            break;
        }
        }
    }
    return out;
}

void CaseFollowOnRecordDialog::accept()
{
    const Result<QVariantMap> v = values();
    Status s = v ? m_submit(v.value()) : v.status();
    if (!s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace ud
