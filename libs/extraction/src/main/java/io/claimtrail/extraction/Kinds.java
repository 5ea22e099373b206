package io.claimtrail.extraction;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The first guess at a claim's kind, and the date by which a forecast can be checked. */
final class Kinds {

    private static final Pattern NO_EVIDENCE = Pattern.compile("\\b(?:no|not any|n['’]t (?:have |see |find )?any|"
            + "without|lacks?|lacking|little) (?:credible |hard |clear |concrete |firm |direct )?(?:evidence|indications?|"
            + "signs?|proof|confirmation|information|sightings?)\\b|\\bnot aware of\\b|\\b(?:do|does|did)(?:n['’]t| not)"
            + " have anything\\b|\\bnothing to (?:share|report|announce|add|provide|offer)\\b|\\b(?:cannot|can['’]t|"
            + "could not|couldn['’]t|unable to|not able to) (?:confirm|verify|corroborate|substantiate)\\b|\\bha(?:ve|s)"
            + "(?:n['’]t| not) seen (?:any|evidence|indications?|signs?)\\b|\\bno (?:reports?|information) (?:of|about|on)\\b|"
            + "\\bunsubstantiated\\b|\\bunverified\\b|\\bno basis\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern DENIAL = Pattern.compile("\\b(?:is|was|are|were|'s|’s) (?:simply |completely |"
            + "totally |absolutely )?(?:not true|false|untrue|baseless|groundless|fake|a lie|lies|fabricated|"
            + "nonsense|wrong|incorrect|inaccurate)\\b|\\bthere is no truth\\b|\\bcategorically\\b|\\bnever (?:said|"
            + "happened|did)\\b|\\b(?:did not|didn['’]t) (?:happen|say|do)\\b|\\bno such\\b|\\brejects?\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FORECAST = Pattern.compile("\\b(?:will|won['’]t|shall|would|going to|"
            + "plans? to|planning to|planned to|intends? to|intended to|expected to|expects? to|set to|likely to|"
            + "unlikely to|could|might|is to|are to|was to|were to|about to|in the coming|next (?:week|month|year)|"
            + "soon|forecasts?|projects?|predicts?|prepar(?:es|ing|ed) to|threaten(?:s|ed)? to|aims? to|"
            + "on track to|poised to)\\b|['’]ll\\b", Pattern.CASE_INSENSITIVE);

    private Kinds() {
    }

    static ClaimKind classify(String content, String cueLemma) {
        String lemma = cueLemma == null ? "" : cueLemma;
        if (NO_EVIDENCE.matcher(content).find()) {
            return ClaimKind.NO_EVIDENCE;
        }
        if (lemma.equals("deny") || lemma.equals("reject") || lemma.equals("refute") || lemma.equals("dispute")
                || DENIAL.matcher(content).find()) {
            return ClaimKind.DENIAL;
        }
        if (lemma.equals("predict") || lemma.equals("promise") || lemma.equals("pledge") || lemma.equals("vow")
                || FORECAST.matcher(content).find()) {
            return ClaimKind.FORECAST;
        }
        return ClaimKind.ASSERTION;
    }

    /** A date in the content that lies after publication: when a forecast can be checked. */
    static Optional<String> resolvesBy(String content, LocalDate published) {
        String rest = content;
        int offset = 0;
        while (true) {
            Optional<RelativeDates.Resolved> r = RelativeDates.find(rest, published, true);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            String edtf = r.get().edtf();
            String first = edtf.startsWith("../") ? edtf.substring(3) : edtf.split("/")[0];
            String bound = first.replace("~", "");
            String pub = published.toString().substring(0, Math.min(bound.length(), 10));
            if (bound.compareTo(pub) >= 0) {
                return Optional.of(edtf);
            }
            offset = r.get().end();
            rest = rest.substring(offset);
            if (rest.isEmpty()) {
                return Optional.empty();
            }
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
