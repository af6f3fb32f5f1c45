#include "ui/common/EmployerPicker.h"

#include "register/RegisterRepository.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace ud {

namespace {
constexpr int kMaxItems = 40;
}

EmployerPicker::EmployerPicker(Database &db, QWidget *parent) : QComboBox(parent), m_db(db), m_timer(new QTimer(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &EmployerPicker::search);
    connect(lineEdit(), &QLineEdit::textEdited, this, [this] { m_timer->start(); });
}

void EmployerPicker::setEmployer(const QString &id, const QString &name)
{
    const QSignalBlocker block(this);
    clear();
    if (!id.isEmpty()) {
        addItem(name, id);
        setCurrentIndex(0);
    } else {
        setCurrentIndex(-1);
        setEditText(QString());
    }
}

QString EmployerPicker::employerId(bool *ok) const
{
    *ok = true;
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    if (currentIndex() >= 0 && itemText(currentIndex()) == text)
        return itemData(currentIndex()).toString();
    const int index = findText(text, Qt::MatchExactly);
    if (index >= 0)
        return itemData(index).toString();
    *ok = false;
    return {};
}

void EmployerPicker::search()
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return;
    RegisterRepository::EmployerFilter filter;
    filter.text = text;
    const QList<Employer> found = RegisterRepository(m_db).employersPage(
        filter, RegisterRepository::EmployerSort::Name, Qt::AscendingOrder, {}, kMaxItems);
    const int cursor = lineEdit()->cursorPosition();
    {
        const QSignalBlocker block(this);
        clear();
        for (const Employer &e : found) {
            addItem(e.name, e.id);
            setItemData(count() - 1, e.creditCode.isEmpty() ? e.address : e.creditCode + QLatin1Char(' ') + e.address,
                        Qt::ToolTipRole);
        }
        setCurrentIndex(-1);
        setEditText(text);
        lineEdit()->setCursorPosition(cursor);
    }
    if (count() > 0 && lineEdit()->hasFocus()) {
        completer()->setCompletionPrefix(text);
        completer()->complete();
    }
}

} // namespace ud
