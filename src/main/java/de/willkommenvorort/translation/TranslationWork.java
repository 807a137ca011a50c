package de.willkommenvorort.translation;

import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.security.AppRoles;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county staff's side of translation by an agency: the XLIFF file of what a language lacks
 * (offers and info pages), and the import of a translated file as proposals. Nothing an import
 * brings is public before someone decides on it ({@link TranslationReview}), and it never takes
 * the place of a translation a volunteer sent that still waits for that decision.
 */
@Service
@Transactional
@Secured({"ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
public class TranslationWork {

    private final Sources sources;
    private final TranslationProposals proposals;
    private final AuditLog audit;
    private final Clock clock;

    TranslationWork(Sources sources, TranslationProposals proposals, AuditLog audit, Clock clock) {
        this.sources = sources;
        this.proposals = proposals;
        this.audit = audit;
        this.clock = clock;
    }

    /** A message for staff: a translation key and its arguments. */
    public record Message(String key, List<Object> arguments) {
        static Message of(String key, Object... arguments) {
            return new Message(key, List.of(arguments));
        }
    }

    /** What an import did: proposals made, groups refused and why. */
    public record ImportReport(int proposed, int refused, List<Message> messages) {
    }

    @Transactional(readOnly = true)
    public int wanted(Language language) {
        return sources.wanted(language.code()).size();
    }

    /** The XLIFF 2 file of the offers and info pages whose text in {@code language} is missing or outdated. */
    @Transactional(readOnly = true)
    public byte[] export(Language language) {
        if (language == Language.SOURCE) {
            throw new IllegalArgumentException("German is the source language");
        }
        return Xliff.write(language.code(), sources.wanted(language.code()).stream().map(Sources.Wanted::source).toList());
    }

    /** Reads a translated XLIFF file; every translation it brings waits for review. */
    public ImportReport importFile(InputStream in) {
        Xliff.File file;
        try {
            file = Xliff.read(in);
        } catch (Xliff.Unreadable unreadable) {
            return refusedFile(Message.of("translation.import.not-xliff"));
        }
        if (!Language.SOURCE.code().equals(file.sourceLanguage())) {
            return refusedFile(Message.of("translation.import.source-language"));
        }
        Optional<Language> target = Language.ofCode(file.targetLanguage()).filter(l -> l != Language.SOURCE);
        if (target.isEmpty()) {
            return refusedFile(Message.of("translation.import.target-language", String.valueOf(file.targetLanguage())));
        }
        String language = target.get().code();
        List<Message> messages = new ArrayList<>();
        int proposed = 0;
        int refused = 0;
        for (Xliff.Entry entry : file.entries()) {
            Outcome outcome = propose(entry, language);
            if (outcome.refusal() != null) {
                messages.add(outcome.refusal());
                refused++;
            } else if (outcome.proposed()) {
                proposed++;
            }
        }
        audit.record(CurrentAccount.actor(), "TRANSLATIONS_IMPORTED", "translation", null,
                "language: " + language + "\nproposed: " + proposed + "\nrefused: " + refused);
        return new ImportReport(proposed, refused, messages);
    }

    /** One group's outcome: proposed, refused (and why), or neither (nothing translated, or nothing new). */
    private record Outcome(boolean proposed, Message refusal) {
        static final Outcome NOTHING = new Outcome(false, null);
        static final Outcome PROPOSED = new Outcome(true, null);

        static Outcome refused(String key, Object... arguments) {
            return new Outcome(false, Message.of(key, arguments));
        }
    }

    private Outcome propose(Xliff.Entry entry, String language) {
        String group = String.valueOf(entry.groupId());
        Optional<TextRef> parsed = TextRef.parse(entry.groupId());
        if (parsed.isEmpty()) {
            return Outcome.refused("translation.import.unknown", group);
        }
        TextRef ref = parsed.get();
        Optional<Source> found = sources.source(ref);
        if (found.isEmpty()) {
            return Outcome.refused("translation.import.unknown", group);
        }
        Source german = found.get();
        Map<String, String> targets = entry.targets();
        if (targets.values().stream().allMatch(String::isBlank)) {
            return Outcome.NOTHING;
        }
        if (language.equals(german.originalLanguage())) {
            return Outcome.refused("translation.import.original", group);
        }
        if (!german.hash().equals(entry.sourceHash())) {
            return Outcome.refused("translation.import.source-changed", group);
        }
        // A unit the German lacks (a list of what to bring the German does not have) is not taken either.
        if (entry.markup() || !german.german().keySet().containsAll(targets.keySet())) {
            return Outcome.refused("translation.import.markup", group);
        }
        Map<String, String> words = new LinkedHashMap<>();
        ref.kind().fields().forEach(field -> words.put(field, targets.getOrDefault(field, "").strip()));
        List<Check.Problem> problems = Check.problems(german, words);
        if (!problems.isEmpty()) {
            Check.Problem first = problems.getFirst();
            return switch (first.key()) {
                case "translation.error.empty" -> Outcome.refused("translation.import.empty", group);
                case "translation.error.too-long" -> Outcome.refused("translation.import.too-long", group);
                default -> Outcome.refused("translation.import.missing-part", group, first.part());
            };
        }
        Optional<Sources.Existing> current = sources.current(ref, language);
        if (current.isPresent() && !current.get().outdated() && current.get().words().equals(words)) {
            return Outcome.NOTHING;
        }
        Optional<TranslationProposal> open = proposals.openFor(ref, language);
        if (open.isPresent() && open.get().origin() == TranslationProposal.Origin.TRANSLATOR) {
            // A file replaces what an earlier file proposed, never what a translator typed: their
            // words would go out under a staff member's name, and they would not know why.
            return Outcome.refused("translation.import.translator-waiting", group);
        }
        Instant now = clock.instant();
        TranslationProposal proposal = open.orElseGet(() ->
                new TranslationProposal(ref, language, TranslationProposal.Origin.XLIFF, CurrentAccount.actor(), now));
        proposal.words(words, german.hash(), CurrentAccount.actor(), now);
        proposals.save(proposal);
        return Outcome.PROPOSED;
    }

    private ImportReport refusedFile(Message why) {
        return new ImportReport(0, 1, List.of(why));
    }
}
