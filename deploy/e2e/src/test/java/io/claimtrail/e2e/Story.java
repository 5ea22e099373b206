package io.claimtrail.e2e;

import java.util.List;

/** One expected entry of the demo timeline: its bundle ref, type, date as written, status and title prefix. */
record Story(String ref, String type, String date, String status, String title) {

    /**
     * All entries in the documented order. Same-day claims sort by title with String.compareTo, so an upper-case
     * "North" comes before a lower-case "deployment".
     */
    static final List<Story> ALL = List.of(
            claim("kirby-concern", "../2024-07-02", "UNVERIFIED", "John Kirby: The strengthening ties"),
            event("putin-arrives-north-korea", "2024-06-18", "Putin arrives in North Korea for a state visit"),
            event("mutual-assistance-pact-signed", "2024-06-19", "Putin and Kim Jong-un sign a pact"),
            claim("tvc-deployment-plan", "2024-06-19/2024-07-01", "DISPUTED",
                    "TV Chosun: North Korea is planning to send engineering troops"),
            claim("tvc-reconstruction", "2024-06-19/2024-07-01", "UNVERIFIED",
                    "TV Chosun: The North Korean engineering troops"),
            claim("tvc-pact-link", "2024-06-19/2024-07-01", "UNVERIFIED",
                    "TV Chosun: The deployment of North Korean troops"),
            event("pentagon-briefing-2024-07-01", "2024-07-01", "Pentagon press briefing on North Korean troops"),
            claim("singh-military-support", "2024-07-01", "UNVERIFIED", "Sabrina Singh: North Korea is supporting"),
            claim("singh-no-evidence", "2024-07-01", "UNVERIFIED", "Sabrina Singh: The Pentagon has nothing to say"),
            claim("dod-military-aid", "2024-07-01/2024-07-02", "UNVERIFIED",
                    "U.S. Department of Defense: North Korea is giving military aid"),
            claim("dod-no-evidence", "2024-07-01/2024-07-02", "UNVERIFIED",
                    "U.S. Department of Defense: There is currently no evidence"));

    /** As of 30 June 2024: the TV Chosun claims may date from 1 July, so only the June events are certain. */
    static final List<Story> BEFORE_BRIEFING = ALL.subList(1, 3);

    /** As of 1 July 2024: no DoD claims (they may date from 2 July) and no Kirby claim (no later than 2 July). */
    static final List<Story> BRIEFING_DAY = ALL.subList(1, 9);

    private static Story event(String ref, String date, String title) {
        return new Story(ref, "EVENT", date, null, title);
    }

    private static Story claim(String ref, String date, String status, String title) {
        return new Story(ref, "CLAIM", date, status, title);
    }
}
