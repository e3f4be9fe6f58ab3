// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace wattelier::ui {

/*!
 * A message at the top of a page that stays until it is dismissed or
 * replaced (the pattern of KDE's KMessageWidget). Refusals and finished
 * exports go here, where the facilitator is looking; the status bar, which a
 * projector or a low screen can hide, only gets passing hints (#20).
 */
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Problem, //!< something was refused; nothing changed
        Done,    //!< something was written
    };

    explicit MessageBar(QWidget *parent = nullptr);

    /*! Shows a refusal, replacing any message. */
    void showProblem(const QString &text);
    /*! Shows a completed step; with \a path, a button opens the folder holding it. */
    void showDone(const QString &text, const QString &path = {});
    void dismiss();

    Kind kind() const { return mKind; }
    QString text() const;
    /*! The file or folder the "Open folder" button opens; empty without one. */
    QString path() const { return mPath; }
    QPushButton *openFolderButton() const { return mOpenFolder; }
    QToolButton *closeButton() const { return mClose; }

private:
    void show(Kind kind, const QString &text, const QString &path);
    void openFolder() const;

    Kind mKind = Kind::Problem;
    QString mPath;
    QLabel *mIcon;
    QLabel *mText;
    QPushButton *mOpenFolder;
    QToolButton *mClose;
};

} // namespace wattelier::ui
