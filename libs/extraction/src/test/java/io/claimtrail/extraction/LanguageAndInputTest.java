package io.claimtrail.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageAndInputTest {

    static final LocalDate PUB = LocalDate.of(2024, 7, 2);

    @Test
    void englishNewsIsEnglish() {
        LanguageCheck.Result r = LanguageCheck.check("The Pentagon has stated that there is currently no evidence of "
                + "North Korean troops being sent to Ukraine to support Russia's war efforts, a spokeswoman said.");
        assertEquals(LanguageCheck.Verdict.ENGLISH, r.verdict(), r.reason());
        assertTrue(r.englishRatio() > 0.2);
    }

    @Test
    void frenchGermanAndRussianAreNot() {
        LanguageCheck.Result fr = LanguageCheck.check("Le Pentagone a déclaré qu'il n'y a actuellement aucune preuve "
                + "que des troupes nord-coréennes soient envoyées en Ukraine pour soutenir la Russie, selon la porte-parole.");
        assertEquals(LanguageCheck.Verdict.NOT_ENGLISH, fr.verdict());
        assertEquals("fr", fr.likelyLanguage());
        LanguageCheck.Result de = LanguageCheck.check("Das Pentagon hat erklärt, dass es derzeit keine Beweise dafür "
                + "gibt, dass nordkoreanische Truppen in die Ukraine geschickt werden, um Russland zu unterstützen.");
        assertEquals(LanguageCheck.Verdict.NOT_ENGLISH, de.verdict());
        assertEquals("de", de.likelyLanguage());
        LanguageCheck.Result ru = LanguageCheck.check("Пентагон заявил, что в настоящее время нет доказательств "
                + "отправки северокорейских войск на Украину для поддержки России.");
        assertEquals(LanguageCheck.Verdict.NOT_ENGLISH, ru.verdict());
    }

    @Test
    void aFewWordsAreTooFewToTell() {
        assertEquals(LanguageCheck.Verdict.UNDETERMINED, LanguageCheck.check("Pentagon briefing").verdict());
    }

    @Test
    void inputProblemsCarryTheirStatus() {
        assertEquals(400, InputCheck.check("  \n ", PUB).orElseThrow().problem().status());
        assertEquals(413, InputCheck.check("a".repeat(InputCheck.MAX_CHARS + 1), PUB).orElseThrow().problem().status());
        assertEquals(InputCheck.Problem.BINARY, InputCheck.check("said \u0000 that", PUB).orElseThrow().problem());
        assertEquals(InputCheck.Problem.BINARY, InputCheck.check("lone \uD800 surrogate", PUB).orElseThrow().problem());
        assertEquals(InputCheck.Problem.NO_PUBLICATION_DATE, InputCheck.check("Some text.", null).orElseThrow()
                .problem());
        InputCheck.Failure fr = InputCheck.check("Le ministre a déclaré lundi que les troupes ne sont pas encore "
                + "arrivées dans la région et que la situation reste calme.", PUB).orElseThrow();
        assertEquals(422, fr.problem().status());
        assertTrue(fr.detail().contains("English"), fr.detail());
        assertTrue(InputCheck.check("An emoji 😀 is fine, and so are tabs\tand new lines.\n", PUB).isEmpty());
    }
}
