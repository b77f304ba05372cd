#pragma once

#include "storage/database.h"
#include "storage/issuerepository.h"

#include <QTemporaryDir>

#include <memory>

class QWidget;

namespace kuaibao {
class MainWindow;
class RichTextEdit;
} // namespace kuaibao

namespace kuaibao::test {

// A fresh archive and settings file in a temporary folder, for driving the real window.
struct AppFixture {
    AppFixture();
    QString databasePath() const { return dir.filePath(QStringLiteral("archive.db")); }
    QString settingsPath() const { return dir.filePath(QStringLiteral("settings.ini")); }
    // Stores the next issue from the built-in template (empty sections) and returns it.
    Issue createIssue();

    QTemporaryDir dir;
    std::unique_ptr<Database> database;
};

// Shows the window and makes it the active one, as a desktop does for a window just opened.
void showAndActivate(MainWindow &window);

// Adds a first article to the window's first section with the mouse and focuses its body:
// where the kill tests' child processes type.
RichTextEdit *startFirstArticle(MainWindow &window);

// Types `text` into `widget` one character at a time, as key events carrying the text
// (QTest::keyClicks only knows Latin-1).
void typeText(QWidget *widget, const QString &text);
// Runs the event loop until `done` holds or `timeoutMs` passes; returns whether it holds.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);
// Runs the event loop for `ms` with a 20 ms timer ticking on this (the window's) thread, and
// returns the longest time between two ticks: what a person typing would feel as a stall.
qint64 longestStall(int ms);

} // namespace kuaibao::test
