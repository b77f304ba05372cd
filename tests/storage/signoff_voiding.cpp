// Edits after a signature void it and the later ones, visibly; unchanged saves void nothing.
#include "signoff_support.h"

#include "core/signoff/canonicalcontent.h"
#include "storage/signoff/signaturestore.h"
#include "storage/signoff/signofflogtext.h"

using namespace kuaibao;
using kuaibao::test::SignoffArchive;

TEST_CASE("signoff voiding: saving the same content keeps the signatures; an edit voids them",
          "[engines]") {
    SignoffArchive a;
    SignoffService service(*a.db);
    REQUIRE(service.sign(a.ref, QStringLiteral("编校"), QStringLiteral("李编"), "pw-li-11"));
    REQUIRE(service.sign(a.ref, QStringLiteral("审核"), QStringLiteral("王审"), "pw-wang-2"));
    IssueRepository repository(*a.db);

    Issue same = a.load();
    same.status = IssueStatus::Draft;                   // a stale status in memory changes nothing
    same.footer.staff[0].name = QStringLiteral("别人"); // nor do typed names over signers
    Result<Issue> kept = repository.save(same);
    REQUIRE(kept);
    CHECK(a.load().status == IssueStatus::AwaitingSignature);
    CHECK(a.load().footer.staff.at(0).name == QStringLiteral("李编"));

    Issue edited = a.load();
    edited.sections[0].articles[0].paragraphs[1].text = RichText::fromMarkup(
        QStringLiteral("会议要求：一要压实责任。要把任务分解到村。")); // bold removed
    Result<Issue> saved = repository.save(edited);
    REQUIRE(saved);
    const Issue now = a.load();
    CHECK(now.status == IssueStatus::Draft);
    CHECK(now.footer.staff.at(0).name.isEmpty());
    CHECK(now.footer.staff.at(1).name.isEmpty());

    SignatureStore store(a.db->connection());
    CHECK(test::must(store.standing(now.storageId)).isEmpty());
    const QList<SignatureRecord> all = test::must(store.all(now.storageId));
    REQUIRE(all.size() == 2);
    for (const SignatureRecord &s : all) {
        CHECK(s.voidReason == QStringLiteral("edit"));
        CHECK(s.voidedByRevision == saved->revision);
    }
    const SignoffLogEntry last = test::must(service.log(a.ref)).last();
    CHECK(last.action == QStringLiteral("voided"));
    CHECK(logEntryDetail(last) ==
          QStringLiteral("voided by the edit saved as revision %1").arg(saved->revision));

    // Signing starts over, and 李编 may sign 编校 again now that the old signature is void.
    REQUIRE(service.sign(a.ref, QStringLiteral("编校"), QStringLiteral("李编"), "pw-li-11"));
    CHECK(a.load().status == IssueStatus::AwaitingReview);
}

TEST_CASE("signoff voiding: the stored status follows the signatures, whatever a save claims",
          "[engines]") {
    SignoffArchive a;
    Issue claimed = test::fullFixtureIssue(675);
    claimed.status = IssueStatus::Published;
    REQUIRE(IssueRepository(*a.db).save(claimed));
    CHECK(IssueRepository(*a.db).load(675)->status == IssueStatus::Draft);
}

TEST_CASE("signoff voiding: the hash is stable across save and load", "[engines]") {
    SignoffArchive a;
    REQUIRE(a.signAll());
    SignatureStore store(a.db->connection());
    const Issue loaded = a.load();
    for (const SignatureRecord &s : test::must(store.standing(loaded.storageId))) {
        CHECK(s.contentSha256 == CanonicalContent::fromIssue(loaded).sha256());
        CHECK(s.contentSha256 == CanonicalContent::fromIssue(test::fullFixtureIssue(674)).sha256());
    }
}
