#pragma once

#include <QDialog>
#include <QPointer>

class QTextBrowser;

namespace ud {

// The user guide (docs/guide/guide.html, compiled in as :/help/guide.html) in a window of its
// own: Help > 使用指南 opens it at the top, F1 at the section of the screen in use. A screen is
// known by the objectName of the focused widget or one of its parents (mediationPage → the case
// list, intakeDialog → intake …), else by the visible pages of the active window.
//
// F1 works in dialogs too, where a main-window shortcut is blocked by the modal dialog: the
// main window installs HelpBrowser::installF1() once; an F1 nobody took as a shortcut opens the
// guide at the section of the window it was pressed in.
class HelpBrowser : public QDialog
{
    Q_OBJECT

public:
    explicit HelpBrowser(QWidget *parent = nullptr);

    // Shows the guide at `section` ("" for the top), in the one guide window of the application
    // (made on first use, a child of `parent`'s window).
    static HelpBrowser *showSection(QWidget *parent, const QString &section);
    // The section for a widget: its own objectName, else its parents'; "" for none.
    static QString sectionOf(const QWidget *widget);
    // The section for what the user is looking at: the focused widget's, else that of the first
    // visible page of the active window that has one.
    static QString currentSection();
    // Every anchor of the guide a screen maps to (for the tests: each must exist in the guide).
    static QStringList sections();
    // Opens the guide at currentSection() on an F1 nobody else took.
    static void installF1();

    void scrollTo(const QString &section);
    QString section() const { return m_section; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTextBrowser *m_browser = nullptr;
    QString m_section;
    static QPointer<HelpBrowser> s_window;
};

} // namespace ud
