package de.willkommenvorort.translation;

import de.willkommenvorort.info.InfoTranslations;
import de.willkommenvorort.offer.OfferText;
import de.willkommenvorort.offer.OfferTranslations;
import de.willkommenvorort.offer.TextStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The offers and info pages as one kind of work: what a language lacks, the German of one text,
 * its current translation, and an approved translation written in. The features that own the texts
 * keep them consistent and on the record; this class only speaks to both.
 */
@Component
class Sources {

    private final OfferTranslations offers;
    private final InfoTranslations infoPages;

    Sources(OfferTranslations offers, InfoTranslations infoPages) {
        this.offers = offers;
        this.infoPages = infoPages;
    }

    /** A text's words in a language, and whether they are behind the German. */
    record Existing(Map<String, String> words, boolean outdated) {
    }

    /** The German changed, or the text is no longer public, since the translation was made. */
    static class Changed extends RuntimeException {
        Changed(TextRef ref) {
            super("The German of " + ref.key() + " has changed or is no longer public");
        }
    }

    /** A text whose translation into a language is missing, or outdated. */
    record Wanted(Source source, boolean outdated) {
    }

    /** Texts whose translation into {@code language} is missing or outdated, oldest published first. */
    List<Wanted> wanted(String language) {
        List<Wanted> wanted = new ArrayList<>();
        offers.wanted(language).forEach(o -> wanted.add(new Wanted(offer(o.source()), o.outdated())));
        infoPages.wanted(language).forEach(p -> wanted.add(new Wanted(infoPage(p.source()), p.outdated())));
        wanted.sort(Comparator.comparing((Wanted w) -> w.source().publishedAt()).thenComparing(w -> w.source().ref().kind())
                .thenComparing(w -> w.source().ref().id()));
        return wanted;
    }

    Optional<Source> source(TextRef ref) {
        return switch (ref.kind()) {
            case OFFER -> offers.source(ref.id()).map(Sources::offer);
            case INFO_PAGE -> infoPages.source(ref.id()).map(Sources::infoPage);
        };
    }

    /** The German of those of these texts that are public, each a query per kind however many they are. */
    Map<TextRef, Source> sources(Collection<TextRef> refs) {
        Map<TextRef, Source> found = new HashMap<>();
        offers.sources(ids(refs, TextRef.Kind.OFFER)).forEach(o -> found.put(TextRef.offer(o.offerId()), offer(o)));
        infoPages.sources(ids(refs, TextRef.Kind.INFO_PAGE)).forEach(p -> found.put(TextRef.infoPage(p.pageId()), infoPage(p)));
        return found;
    }

    /** Those of these texts that are public, without reading their words. */
    Set<TextRef> published(Collection<TextRef> refs) {
        Set<TextRef> found = new HashSet<>();
        offers.published(ids(refs, TextRef.Kind.OFFER)).forEach(id -> found.add(TextRef.offer(id)));
        infoPages.live(ids(refs, TextRef.Kind.INFO_PAGE)).forEach(id -> found.add(TextRef.infoPage(id)));
        return found;
    }

    /** Those of these texts whose words in {@code language} are behind the German (as {@link #current} tells one). */
    Set<TextRef> outdated(Collection<TextRef> refs, String language) {
        Set<TextRef> found = new HashSet<>();
        offers.outdated(ids(refs, TextRef.Kind.OFFER), language).forEach(id -> found.add(TextRef.offer(id)));
        infoPages.outdated(ids(refs, TextRef.Kind.INFO_PAGE), language).forEach(id -> found.add(TextRef.infoPage(id)));
        return found;
    }

    Optional<Existing> current(TextRef ref, String language) {
        return switch (ref.kind()) {
            case OFFER -> offers.current(ref.id(), language).map(t -> new Existing(ordered(ref,
                    t.getTitle(), t.getSummary(), t.getDescription(), t.getWhatToBring()),
                    t.getStatus() == TextStatus.OUTDATED));
            case INFO_PAGE -> infoPages.current(ref.id(), language)
                    .map(t -> new Existing(ordered(ref, t.title(), t.body()), t.outdated()));
        };
    }

    /** Writes an approved translation into the public text. */
    void apply(TextRef ref, String language, Map<String, String> words, String hash) {
        try {
            switch (ref.kind()) {
                case OFFER -> offers.apply(ref.id(), language, new OfferText(words.get("title"), words.get("summary"),
                        words.get("description"), words.get("what-to-bring")), hash);
                case INFO_PAGE -> infoPages.apply(ref.id(), language, words.get("title"), words.get("body"), hash);
            }
        } catch (OfferTranslations.SourceChanged | InfoTranslations.SourceChanged changed) {
            throw new Changed(ref);
        }
    }

    private static Set<Long> ids(Collection<TextRef> refs, TextRef.Kind kind) {
        return refs.stream().filter(ref -> ref.kind() == kind).map(TextRef::id).collect(Collectors.toSet());
    }

    private static Map<String, String> ordered(TextRef ref, String... values) {
        Map<String, String> words = new LinkedHashMap<>();
        List<String> fields = ref.kind().fields();
        for (int i = 0; i < fields.size(); i++) {
            words.put(fields.get(i), values[i]);
        }
        return words;
    }

    /** An offer's fields; "what to bring" only where the German has one, as nothing else asks for it. */
    private static Source offer(OfferTranslations.Source o) {
        List<Source.Field> fields = new ArrayList<>(List.of(
                new Source.Field("title", o.title(), OfferText.TITLE_MAX),
                new Source.Field("summary", o.summary(), OfferText.SUMMARY_MAX),
                new Source.Field("description", o.description(), OfferText.DESCRIPTION_MAX)));
        if (!o.whatToBring().isBlank()) {
            fields.add(new Source.Field("what-to-bring", o.whatToBring(), OfferText.WHAT_TO_BRING_MAX));
        }
        return new Source(TextRef.offer(o.offerId()), o.originalLanguage(), o.publishedAt(), List.copyOf(fields),
                o.hash());
    }

    private static Source infoPage(InfoTranslations.Source p) {
        return new Source(TextRef.infoPage(p.pageId()), null, p.publishedAt(), List.of(
                new Source.Field("title", p.title(), InfoTranslations.TITLE_MAX),
                new Source.Field("body", p.body(), InfoTranslations.BODY_MAX)), p.hash());
    }
}
