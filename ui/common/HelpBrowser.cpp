#include "ui/common/HelpBrowser.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHash>
#include <QKeyEvent>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace ud {

QPointer<HelpBrowser> HelpBrowser::s_window;

namespace {

const QUrl &guideUrl()
{
    static const QUrl url(QStringLiteral("qrc:/help/guide.html"));
    return url;
}

// Screens by objectName → the guide's anchor for them.
const QHash<QString, QString> &sectionOfScreen()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("mediationPage"), QStringLiteral("cases")},
        {QStringLiteral("mediationSlot"), QStringLiteral("cases")},
        {QStringLiteral("intakeDialog"), QStringLiteral("intake")},
        {QStringLiteral("caseDialog"), QStringLiteral("case")},
        {QStringLiteral("sessionDialog"), QStringLiteral("case")},
        {QStringLiteral("transitionDialog"), QStringLiteral("case")},
        {QStringLiteral("followOnDialog"), QStringLiteral("case")},
        {QStringLiteral("issuingBodyDialog"), QStringLiteral("case")},
        {QStringLiteral("mediationStatisticsDialog"), QStringLiteral("statistics")},
        {QStringLiteral("registerPage"), QStringLiteral("register")},
        {QStringLiteral("registerSlot"), QStringLiteral("register")},
        {QStringLiteral("workerDialog"), QStringLiteral("register")},
        {QStringLiteral("employerDialog"), QStringLiteral("register")},
        {QStringLiteral("mergeDialog"), QStringLiteral("register")},
        {QStringLiteral("orgUnitsPage"), QStringLiteral("organisation")},
        {QStringLiteral("orgUnitsSlot"), QStringLiteral("organisation")},
        {QStringLiteral("orgUnitDialog"), QStringLiteral("organisation")},
        {QStringLiteral("usersPage"), QStringLiteral("users")},
        {QStringLiteral("usersSlot"), QStringLiteral("users")},
        {QStringLiteral("addUserDialog"), QStringLiteral("users")},
        {QStringLiteral("resetPasswordDialog"), QStringLiteral("users")},
        {QStringLiteral("changeRoleDialog"), QStringLiteral("users")},
        {QStringLiteral("toggleDisabledDialog"), QStringLiteral("users")},
        {QStringLiteral("settingsDialog"), QStringLiteral("backups")},
        {QStringLiteral("importDialog"), QStringLiteral("import")},
        {QStringLiteral("importReportDialog"), QStringLiteral("import")},
    };
    return map;
}

// Takes an F1 that reached a widget as a key press (no shortcut took it).
class F1Filter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_F1
            && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (qobject_cast<HelpBrowser *>(widget->window()))
                return false;
            const QString section = HelpBrowser::sectionOf(widget);
            HelpBrowser::showSection(widget, section.isEmpty() ? HelpBrowser::currentSection() : section);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

HelpBrowser::HelpBrowser(QWidget *parent)
    : QDialog(parent),
      m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    m_browser->setSource(guideUrl());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("helpButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    setSizeGripEnabled(true);
    resize(640, 560); // fits beside a dialog on a 1366×768 screen
    retranslate();
}

HelpBrowser *HelpBrowser::showSection(QWidget *parent, const QString &section)
{
    // A child of the window asking, or of the modal dialog, which would block it otherwise.
    QWidget *owner = parent ? parent->window() : nullptr;
    if (QWidget *modal = QApplication::activeModalWidget())
        owner = modal;
    if (s_window && s_window->parentWidget() != owner) {
        s_window->close();
        s_window = nullptr;
    }
    if (!s_window) {
        s_window = new HelpBrowser(owner);
        s_window->setAttribute(Qt::WA_DeleteOnClose);
    }
    s_window->scrollTo(section);
    s_window->show();
    s_window->raise();
    s_window->activateWindow();
    return s_window;
}

void HelpBrowser::scrollTo(const QString &section)
{
    m_section = section;
    QUrl url = guideUrl();
    if (!section.isEmpty())
        url.setFragment(section);
    m_browser->setSource(url);
    if (section.isEmpty())
        m_browser->scrollToAnchor(QStringLiteral("start"));
}

QString HelpBrowser::sectionOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const auto found = sectionOfScreen().constFind(w->objectName());
        if (found != sectionOfScreen().cend())
            return found.value();
    }
    return {};
}

QString HelpBrowser::currentSection()
{
    if (const QString s = sectionOf(QApplication::focusWidget()); !s.isEmpty())
        return s;
    QWidget *window = QApplication::activeWindow();
    if (!window)
        return {};
    if (const QString s = sectionOf(window); !s.isEmpty())
        return s;
    // The main window with the focus on its tabs: the page shown.
    const QList<QWidget *> children = window->findChildren<QWidget *>();
    for (const QWidget *child : children)
        if (child->isVisible() && sectionOfScreen().contains(child->objectName()))
            return sectionOfScreen().value(child->objectName());
    return {};
}

QStringList HelpBrowser::sections()
{
    QStringList out = sectionOfScreen().values();
    out.append(QStringLiteral("start"));
    out.removeDuplicates();
    out.sort();
    return out;
}

void HelpBrowser::installF1()
{
    static bool installed = false;
    if (installed || !qApp)
        return;
    installed = true;
    qApp->installEventFilter(new F1Filter(qApp));
}

void HelpBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void HelpBrowser::retranslate()
{
    setWindowTitle(tr("User guide"));
}

} // namespace ud
