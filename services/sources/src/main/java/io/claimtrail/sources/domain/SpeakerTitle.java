package io.claimtrail.sources.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a speaker is named in news: "Deputy Pentagon Press Secretary Sabrina Singh" is a person (Sabrina Singh) with a
 * role (Deputy Pentagon Press Secretary) that names an institution (Pentagon). The words of a role are the titles
 * below; capitalised words among them that are neither a title nor a nationality name the institution. A mention
 * without a title is only a name.
 *
 * @param person      the name without its title ("Sabrina Singh"), or the whole mention when it has no title
 * @param role        the title ("Deputy Pentagon Press Secretary"), or null
 * @param institution the body named in the title ("Pentagon", "White House"), or null
 */
public record SpeakerTitle(String person, String role, String institution) {

    /** Words of a role rather than of a name or an institution. */
    static final Set<String> TITLE_WORDS = Set.of("deputy", "assistant", "acting", "chief", "senior", "former",
            "press", "secretary", "spokesman", "spokeswoman", "spokesperson", "representative", "minister",
            "president", "vice", "prime", "foreign", "defense", "defence", "state", "general", "director",
            "adviser", "advisor", "security", "national", "ambassador", "envoy", "official", "officer", "head",
            "commander", "chairman", "chairwoman", "chair", "governor", "mayor", "senator", "sen.", "rep.",
            "congressman", "congresswoman", "lawmaker", "leader", "coordinator", "communications", "council",
            "spokes", "lt.", "gen.", "col.", "adm.", "gov.", "dr.", "mr.", "mrs.", "ms.", "sir", "lord",
            "president-elect", "analyst", "expert", "correspondent", "reporter", "editor", "maj.", "capt.", "sgt.",
            "secretary-general", "undersecretary", "under");

    /** Small words inside a role: they neither end a role nor name an institution. */
    static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "for", "to", "and", "at", "on", "in");

    /** Nationalities and similar modifiers that are not institutions ("Russian President", "U.S. Secretary"). */
    static final Set<String> NATIONALITIES = Set.of("u.s.", "us", "american", "russian", "ukrainian", "korean",
            "north", "south", "chinese", "british", "french", "german", "japanese", "israeli", "iranian", "european",
            "eu", "nato", "un", "u.n.", "kremlin's", "turkish", "polish", "indian", "italian", "spanish");

    /** Words that make a name an outlet, an institution or an office rather than a person. */
    private static final Set<String> OUTLET_WORDS = Set.of("tv", "television", "news", "times", "post", "radio",
            "channel", "broadcasting", "broadcaster", "daily", "journal", "tribune", "herald", "gazette", "agency",
            "press", "media", "newspaper", "reuters", "bbc", "cnn", "yonhap", "tass", "ria", "afp", "ap");
    private static final Set<String> INSTITUTION_WORDS = Set.of("ministry", "department", "pentagon", "kremlin",
            "government", "army", "forces", "command", "committee", "commission", "parliament", "senate",
            "congress", "court", "bank", "institute", "university", "police", "service", "agency", "council",
            "navy", "military", "state", "states", "union", "nations", "organization", "organisation", "party");
    private static final Set<String> OFFICE_WORDS = Set.of("office", "house", "presidency", "secretariat",
            "cabinet", "embassy", "mission");

    /** The parts of a mention; {@code title}, when the extraction gave one apart, is the role. */
    public static SpeakerTitle parse(String name, String title) {
        String mention = name == null ? "" : name.strip().replaceFirst("^(?i)(the|a|an)\\s+", "");
        if (title != null && !title.isBlank()) {
            String role = title.strip();
            return new SpeakerTitle(withoutTitle(mention), role, institutionOf(role));
        }
        List<String> words = List.of(mention.split("\\s+"));
        int lastTitleWord = -1;
        for (int i = 0; i < words.size() - 1; i++) {
            if (isTitleWord(words.get(i))) {
                lastTitleWord = i;
            }
        }
        if (lastTitleWord < 0) {
            return new SpeakerTitle(mention, null, null);
        }
        String role = String.join(" ", words.subList(0, lastTitleWord + 1));
        String person = String.join(" ", words.subList(lastTitleWord + 1, words.size()));
        return new SpeakerTitle(person, role, institutionOf(role));
    }

    /** The kind a new source of this name would likely be. */
    public SourceKind proposedKind() {
        if (role != null) {
            return SourceKind.PERSON;
        }
        List<String> words = List.of(person.toLowerCase(Locale.ROOT).split("\\s+"));
        if (words.stream().anyMatch(OUTLET_WORDS::contains)) {
            return SourceKind.OUTLET;
        }
        if (words.stream().anyMatch(OFFICE_WORDS::contains)) {
            return SourceKind.OFFICE;
        }
        if (words.stream().anyMatch(INSTITUTION_WORDS::contains)) {
            return SourceKind.INSTITUTION;
        }
        boolean capitalised = List.of(person.split("\\s+")).stream()
                .allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)));
        return capitalised && words.size() >= 2 && words.size() <= 4 ? SourceKind.PERSON : SourceKind.OTHER;
    }

    private static String withoutTitle(String mention) {
        SpeakerTitle parsed = parse(mention, null);
        return parsed.person();
    }

    /** The longest run of capitalised words in the role that are neither titles nor nationalities. */
    static String institutionOf(String role) {
        List<String> best = List.of();
        List<String> run = new ArrayList<>();
        for (String word : role.split("\\s+")) {
            String bare = word.replaceAll("[,;:]+$", "");
            boolean institutional = !bare.isEmpty() && Character.isUpperCase(bare.codePointAt(0))
                    && !isTitleWord(bare) && !FUNCTION_WORDS.contains(bare.toLowerCase(Locale.ROOT))
                    && !NATIONALITIES.contains(bare.toLowerCase(Locale.ROOT));
            if (institutional) {
                run.add(bare);
                if (run.size() > best.size()) {
                    best = List.copyOf(run);
                }
            } else {
                run.clear();
            }
        }
        return best.isEmpty() ? null : String.join(" ", best);
    }

    private static boolean isTitleWord(String word) {
        return TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("[,;:]+$", ""));
    }
}
