// The open issue's undo stack: typing merges into steps, structure edits undo exactly.
#include "core/document/issuedocument.h"
#include "core/document/structureeditor.h"
#include "support/fixtures.h"

#include <catch2/catch.hpp>

using namespace kuaibao;

namespace {
// Types `text` into the first article's body one character at a time, as the editor does.
void typeIntoBody(IssueDocument &document, const QString &text) {
    for (const QChar c : text) {
        Section section = document.issue().sections.at(0);
        RichText body = section.articles[0].paragraphs[0].text;
        body.append(QString(c));
        section.articles[0].paragraphs[0].text = body;
        document.setSection(0, section, QStringLiteral("typing"), {FieldKey::ArticleBody, 0, 0});
    }
}
} // namespace

TEST_CASE("typing into one field is one undo step", "[document]") {
    const Issue original = test::fullFixtureIssue();
    IssueDocument document(original);
    typeIntoBody(document, QStringLiteral("会议要求"));
    CHECK(document.undoStack()->count() == 1);
    CHECK(document.issue().sections[0].articles[0].paragraphs[0].text.plainText().endsWith(
        QStringLiteral("会议要求")));
    document.undoStack()->undo();
    CHECK(document.issue().sameContent(original));
    document.undoStack()->redo();
    CHECK(document.issue().sections[0].articles[0].paragraphs[0].text.plainText().endsWith(
        QStringLiteral("会议要求")));
}

TEST_CASE("typing in another field or a new paragraph starts a new step", "[document]") {
    IssueDocument document(test::fullFixtureIssue());
    typeIntoBody(document, QStringLiteral("甲乙"));
    Section section = document.issue().sections.at(0);
    section.articles[0].attribution = QStringLiteral("（本刊记者）");
    document.setSection(0, section, QStringLiteral("typing"), {FieldKey::ArticleAttribution, 0, 0});
    CHECK(document.undoStack()->count() == 2);
    section.articles[0].paragraphs << Paragraph{RichText(QStringLiteral("新段"))};
    document.setSection(0, section, QStringLiteral("typing"), {FieldKey::ArticleBody, 0, 0}, true);
    CHECK(document.undoStack()->count() == 3);
    CHECK(document.undoStack()->undoText() == QStringLiteral("typing"));
}

TEST_CASE("structure edits undo and redo exactly", "[document]") {
    const Issue original = test::fullFixtureIssue();
    IssueDocument document(original);
    StructureEditor edits(document);

    REQUIRE(edits.addItem(
        2, 0, 1, BriefItem{{QStringLiteral("桥头镇")}, RichText(QStringLiteral("新条目"))}));
    CHECK(document.issue().sections[2].categories[0].items.size() == 3);
    CHECK(document.undoStack()->undoText() == QStringLiteral("Add item"));

    // Down past the end of its category: first item of the next one.
    REQUIRE(edits.moveItem(2, 0, 2, 1));
    CHECK(document.issue().sections[2].categories[0].items.size() == 2);
    CHECK(document.issue().sections[2].categories[1].items.first().units ==
          QStringList{QStringLiteral("河口乡"), QStringLiteral("县妇联")});

    CHECK_FALSE(edits.moveArticle(0, 0, 1)); // only one article: nowhere to go
    REQUIRE(edits.moveSection(0, 1));
    CHECK(document.issue().sections[0].name == QStringLiteral("检查督导"));
    REQUIRE(edits.removeCategory(2, 2));

    while (document.undoStack()->canUndo()) {
        document.undoStack()->undo();
    }
    CHECK(document.issue().sameContent(original));
    while (document.undoStack()->canRedo()) {
        document.undoStack()->redo();
    }
    CHECK(document.issue().sections[2].categories.size() == 2);
    CHECK(document.issue().sections[0].name == QStringLiteral("检查督导"));
}

TEST_CASE("out of range structure edits change nothing", "[document]") {
    IssueDocument document(test::fullFixtureIssue());
    StructureEditor edits(document);
    CHECK_FALSE(edits.removeItem(2, 5, 0));
    CHECK_FALSE(edits.removeArticle(9, 0));
    CHECK_FALSE(edits.moveItem(2, 0, 0, -1)); // first item of the first category
    CHECK_FALSE(edits.addArticle(0, 7));
    CHECK(document.undoStack()->count() == 0);
    CHECK_FALSE(document.isModified());
}

TEST_CASE("the document knows what is unsaved", "[document]") {
    IssueDocument document(test::fullFixtureIssue());
    QList<bool> signalled;
    QObject::connect(&document, &IssueDocument::modifiedChanged,
                     [&](bool modified) { signalled << modified; });
    CHECK_FALSE(document.isModified());
    typeIntoBody(document, QStringLiteral("一"));
    CHECK(document.isModified());
    const quint64 serial = document.changeSerial();
    typeIntoBody(document, QStringLiteral("二"));
    document.markSaved(serial, 7, 3); // a save of the state before the second keystroke
    CHECK(document.isModified());
    document.markSaved(document.changeSerial(), 7, 4);
    CHECK_FALSE(document.isModified());
    CHECK(document.issue().storageId == 7);
    CHECK(document.issue().revision == 4);
    document.undoStack()->undo(); // undoing after a save is a change to save again
    CHECK(document.isModified());
    CHECK(signalled == QList<bool>{true, false, true});
}

TEST_CASE("undoing back to the saved state is unmodified", "[document][issue14]") {
    IssueDocument document(test::fullFixtureIssue());
    QList<bool> signalled;
    QObject::connect(&document, &IssueDocument::modifiedChanged,
                     [&](bool modified) { signalled << modified; });
    typeIntoBody(document, QStringLiteral("一"));
    document.markSaved(document.changeSerial(), 7, 2);
    REQUIRE_FALSE(document.isModified());
    Section section = document.issue().sections.at(1);
    section.name = QStringLiteral("督查");
    document.setSection(1, section, QStringLiteral("rename")); // a step of its own
    CHECK(document.isModified());
    document.undoStack()->undo(); // back to what was saved
    CHECK_FALSE(document.isModified());
    document.undoStack()->redo();
    CHECK(document.isModified());
    document.undoStack()->undo();
    document.undoStack()->undo(); // before the save: different from what is stored
    CHECK(document.isModified());
    document.undoStack()->redo();
    CHECK_FALSE(document.isModified());
    CHECK(signalled == QList<bool>{true, false, true, false, true, false, true, false});
}

TEST_CASE("an item dropped elsewhere moves there in one undoable step", "[document]") {
    const Issue original = test::fullFixtureIssue();
    IssueDocument document(original);
    StructureEditor edits(document);
    CHECK_FALSE(edits.moveItemTo(2, 0, 0, 0, 1)); // dropped where it already is
    REQUIRE(edits.moveItemTo(2, 0, 0, 0, 2));     // below the second item
    CHECK(document.issue().sections[2].categories[0].items[1].units ==
          QStringList{QStringLiteral("城关镇")});
    REQUIRE(edits.moveItemTo(2, 0, 1, 2, 0)); // into the empty 综合整治
    CHECK(document.issue().sections[2].categories[2].items.size() == 1);
    CHECK_FALSE(edits.moveItemTo(2, 0, 0, 9, 0));
    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(document.issue().sameContent(original));
}
