package io.claimtrail.sources.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A speaker's mention into person, role and institution, and the kind a new source of that name would be. */
class SpeakerTitleTest {

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // mention                                        | title                            | person          | role                              | institution | kind
            "Deputy Pentagon Press Secretary Sabrina Singh    | -                                | Sabrina Singh   | Deputy Pentagon Press Secretary   | Pentagon    | PERSON",
            "Sabrina Singh                                    | Deputy Pentagon Press Secretary  | Sabrina Singh   | Deputy Pentagon Press Secretary   | Pentagon    | PERSON",
            "John Kirby                                       | White House representative       | John Kirby      | White House representative        | White House | PERSON",
            "Kremlin spokesman Dmitry Peskov                  | -                                | Dmitry Peskov   | Kremlin spokesman                 | Kremlin     | PERSON",
            "Russian President Vladimir Putin                 | -                                | Vladimir Putin  | Russian President                 | -           | PERSON",
            "U.S. Secretary of State Antony Blinken           | -                                | Antony Blinken  | U.S. Secretary of State           | -           | PERSON",
            "Pentagon spokesperson Maj. Gen. Pat Ryder        | -                                | Pat Ryder       | Pentagon spokesperson Maj. Gen.   | Pentagon    | PERSON",
            "TV Chosun                                        | -                                | TV Chosun       | -                                 | -           | OUTLET",
            "the Pentagon                                     | -                                | Pentagon        | -                                 | -           | INSTITUTION",
            "Associated Press                                 | -                                | Associated Press| -                                 | -           | OUTLET",
            "White House                                      | -                                | White House     | -                                 | -           | OFFICE",
            "Ministry of Defence                              | -                                | Ministry of Defence | -                             | -           | INSTITUTION",
            "Kim Jong-un                                      | -                                | Kim Jong-un     | -                                 | -           | PERSON",
            "Zelensky                                         | -                                | Zelensky        | -                                 | -           | OTHER",
    })
    void partsAndKind(String mention, String title, String person, String role, String institution, String kind) {
        SpeakerTitle parsed = SpeakerTitle.parse(mention, title);
        assertEquals(person, parsed.person(), "person");
        assertEquals(role, parsed.role(), "role");
        assertEquals(institution, parsed.institution(), "institution");
        assertEquals(SourceKind.valueOf(kind), parsed.proposedKind(), "kind");
    }
}
