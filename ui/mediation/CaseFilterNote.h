#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ud {

// The line above the case list while a filter is on: what the list shows ("Shown: cases with a
// deadline within 3 days or overdue · search “华” — 12 cases") and a button back to every case
// (Show all cases, Alt+A). Hidden when no filter is on. The start-up reminder's view is such a
// filter, so it explains itself here.
class CaseFilterNote : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFilterNote(QWidget *parent = nullptr);

    // `filters`: each filter on, described (translated); empty hides the note. `count`: the cases
    // shown, or -1 while they are being counted (then `loaded`+ is shown).
    void setFilters(const QStringList &filters, int count, int loaded);
    QString text() const;
    void retranslate();

Q_SIGNALS:
    void showAllRequested();

private:
    void refreshText();

    QLabel *m_text;
    QPushButton *m_showAll;
    QStringList m_filters;
    int m_count = 0;
    int m_loaded = 0;
};

} // namespace ud
