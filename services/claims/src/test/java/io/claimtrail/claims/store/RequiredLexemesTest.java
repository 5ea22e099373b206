package io.claimtrail.claims.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

class RequiredLexemesTest {

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "'shell'; shell",
            "'north' & 'korea'; north korea",
            "'shell' <-> 'deliv' & 'kyiv'; shell deliv kyiv",
            "'a' <2> 'b'; a b",
            "( 'a' <-> 'b' ) & 'c'; a b c",
            "'o''neil' & 'x'; o'neil x",
            "'back\\\\slash'; back\\slash",
            // OR, NOT, prefixes and weights: no word every match must have is read
            "'north' | 'korea'; none",
            "!'north' & 'korea'; none",
            "'korea' & !( 'north' <-> 'korea' ); none",
            "'kor':*; none",
            "'kor':A; none",
            "'unclosed; none",
    })
    void readsTheWordsOfAnAndOrPhraseQueryOnly(String tsquery, String expected) {
        List<String> words = expected.equals("none") ? List.of() : Arrays.asList(expected.split(" "));
        assertThat(RequiredLexemes.of(tsquery), equalTo(words));
    }

    @Test
    void anEmptyQueryHasNone() {
        assertThat(RequiredLexemes.of(""), equalTo(List.of()));
    }
}
