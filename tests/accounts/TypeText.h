#pragma once

// Types text into a widget the way a user would: key clicks for ASCII, an input-method commit
// (as a Chinese IME delivers it) for anything else, since QTest cannot click 王芳 as keys.

#include <QApplication>
#include <QInputMethodEvent>
#include <QWidget>
#include <QtTest>

inline void typeText(QWidget *widget, const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}
