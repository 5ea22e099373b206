package io.claimtrail.sources;

import io.claimtrail.testing.AsRole;
import io.claimtrail.tokens.Role;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** POST /sources/match: the speakers of one article matched in one call. */
@SourcesTest
class SpeakerMatchTest {

    private static final Random RANDOM = new Random();

    /** A capitalised word no other test uses, so that names match nothing else in the shared database. */
    private static String word() {
        StringBuilder w = new StringBuilder("Zq");
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return w.toString();
    }

    @Test
    void aTitledSpeakerIsMatchedAndHerInstitutionCheckedAsOfTheDay() {
        String agency = word();
        String surname = word();
        String institution = Fixtures.create(agency + " Department", "INSTITUTION", List.of(agency));
        Map<String, Object> person = Fixtures.source("Sabrina " + surname, "PERSON");
        person.put("aliases", List.of("Sábrina " + surname.toUpperCase()));
        person.put("affiliations", List.of(Fixtures.affiliation(institution, "Deputy Press Secretary", null,
                "2024-07-01")));
        String singh = Fixtures.create(person);
        Map<String, Object> namesake = Fixtures.source("Sabrina " + surname + " " + word(), "PERSON");
        String other = Fixtures.create(namesake);

        given().contentType(ContentType.JSON).body(Map.of("items", List.of(
                        Map.of("name", "Deputy " + agency + " Press Secretary Sabrina " + surname, "statedOn", "2024-07-01"),
                        Map.of("name", "Sabrina " + surname, "title", "Deputy " + agency + " Press Secretary",
                                "statedOn", "2025-01"),
                        Map.of("name", "sabrina " + surname.toLowerCase()),
                        Map.of("name", "Deputy " + word() + " Press Secretary " + word() + " " + word())),
                        "limit", 2))
                .post("/sources/match").then().statusCode(200)
                .body("items", hasSize(4))
                .body("items.index", contains(0, 1, 2, 3))
                .body("items[0].person", equalTo("Sabrina " + surname))
                .body("items[0].role", equalTo("Deputy " + agency + " Press Secretary"))
                .body("items[0].institution", equalTo(agency))
                .body("items[0].candidates.id", contains(singh, other))
                .body("items[0].candidates[0].score", equalTo(1.0f))
                .body("items[0].candidates[0].matchedBy", equalTo("NAME"))
                .body("items[0].candidates[0].affiliation", equalTo("AFFILIATED"))
                .body("items[0].candidates[1].affiliation", equalTo("NOT_AFFILIATED"))
                .body("items[0].proposed", nullValue())
                // said after her affiliation ended: still her, with less confidence
                .body("items[1].candidates[0].id", equalTo(singh))
                .body("items[1].candidates[0].affiliation", equalTo("AFFILIATED_AT_ANOTHER_TIME"))
                .body("items[1].candidates[0].score", equalTo(0.7f))
                // case and accents folded
                .body("items[2].candidates[0].id", equalTo(singh))
                .body("items[2].candidates[0].affiliation", equalTo("UNCHECKED"))
                // nobody known: a new person proposed, with the role the title gives
                .body("items[3].candidates", empty())
                .body("items[3].proposed.kind", equalTo("PERSON"))
                .body("items[3].proposed.role", containsString("Press Secretary"));
    }

    @Test
    void anAliasFindsTheInstitutionAndAnUnknownOutletIsProposed() {
        String agency = word();
        String institution = Fixtures.create(agency + " Ministry of Things", "INSTITUTION", List.of(agency));
        String outlet = word() + " TV";
        given().contentType(ContentType.JSON).body(Map.of("items", List.of(Map.of("name", "the " + agency),
                        Map.of("name", outlet))))
                .post("/sources/match").then().statusCode(200)
                .body("items[0].candidates[0].id", equalTo(institution))
                .body("items[0].candidates[0].matchedBy", equalTo("ALIAS"))
                .body("items[1].candidates", empty())
                .body("items[1].proposed.name", equalTo(outlet))
                .body("items[1].proposed.kind", equalTo("OUTLET"));
    }

    @Test
    void badInputNamesTheField() {
        given().contentType(ContentType.JSON).body(Map.of("items", List.of(Map.of("name", ""))))
                .post("/sources/match").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("items[0].name"));
        given().contentType(ContentType.JSON).body(Map.of("items", List.of(Map.of("name", "A", "statedOn", "July"))))
                .post("/sources/match").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("statedOn"));
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add(Map.of("name", "N" + i));
        }
        given().contentType(ContentType.JSON).body(Map.of("items", many))
                .post("/sources/match").then().statusCode(400).body("errors[0].field", equalTo("items"));
        given().contentType(ContentType.JSON).body(Map.of("items", List.of(), "limit", 11))
                .post("/sources/match").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    @AsRole(Role.VIEWER)
    void aViewerMayMatch() {
        given().contentType(ContentType.JSON).body(Map.of("items", List.of()))
                .post("/sources/match").then().statusCode(200).body("items", empty());
    }
}
