#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace ud {

// Shown inside the worker and employer dialogs when what is being entered may already be in
// the register: an exact duplicate (same ID number / credit code), which can only be opened, or
// records that are possibly the same, which can be opened or deliberately ignored.
class DuplicatePanel : public QWidget
{
    Q_OBJECT

public:
    struct Candidate
    {
        QString id;
        QString text; // one line: name and what identifies it
    };

    explicit DuplicatePanel(QWidget *parent = nullptr);

    void showExact(const QString &message, const Candidate &existing);
    void showSimilar(const QString &message, const QList<Candidate> &candidates);
    void clear(); // hides the panel
    bool isShowingExact() const { return m_exact; }

    void retranslate();

Q_SIGNALS:
    void openRequested(const QString &id);
    void createAnywayRequested();

private:
    void fill(const QList<Candidate> &candidates);
    void updateButtons();

    QLabel *m_message;
    QListWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_createAnyway;
    bool m_exact = false;
};

} // namespace ud
