package io.claimtrail.sources.domain;

/** Source reliability on the NATO Admiralty scale (STANAG 2511, wording of FM 2-22.3 Appendix B). */
public enum Reliability {
    A("Completely reliable"),
    B("Usually reliable"),
    C("Fairly reliable"),
    D("Not usually reliable"),
    E("Unreliable"),
    F("Reliability cannot be judged");

    private final String meaning;

    Reliability(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
