#include "ui/common/WorkerPicker.h"

#include "core/ResidentId.h"
#include "register/RegisterRepository.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace ud {

namespace {
constexpr int kMaxItems = 40;
}

WorkerPicker::WorkerPicker(Database &db, QWidget *parent) : QComboBox(parent), m_db(db), m_timer(new QTimer(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &WorkerPicker::search);
    connect(lineEdit(), &QLineEdit::textEdited, this, [this] { m_timer->start(); });
}

std::optional<Worker> WorkerPicker::chosenWorker() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    int index = currentIndex() >= 0 && itemText(currentIndex()) == text ? currentIndex() : findText(text, Qt::MatchExactly);
    if (index < 0 || index >= m_found.size()) {
        // A bare name that matches exactly one listed worker is taken as that worker.
        int match = -1;
        for (int i = 0; i < m_found.size(); ++i)
            if (m_found.at(i).name == text)
                match = match < 0 ? i : -2;
        if (match < 0)
            return std::nullopt;
        index = match;
    }
    return m_found.at(index);
}

void WorkerPicker::search()
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return;
    RegisterRepository::WorkerFilter filter;
    filter.text = text;
    m_found = RegisterRepository(m_db).workersPage(filter, RegisterRepository::WorkerSort::Name, Qt::AscendingOrder,
                                                   {}, kMaxItems);
    const int cursor = lineEdit()->cursorPosition();
    const QSignalBlocker block(this);
    clear();
    for (const Worker &w : std::as_const(m_found)) {
        QString label = w.name;
        if (!w.idNumber.isEmpty())
            label += QStringLiteral("  ") + ResidentId::mask(w.idNumber);
        if (!w.employerName.isEmpty())
            label += QStringLiteral("  ") + w.employerName;
        addItem(label);
    }
    setCurrentIndex(-1);
    setEditText(text);
    lineEdit()->setCursorPosition(cursor);
    if (count() > 0 && lineEdit()->hasFocus()) {
        completer()->setCompletionPrefix(text);
        completer()->complete();
    }
}

} // namespace ud
