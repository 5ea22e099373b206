package io.claimtrail.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelativeDatesTest {

    /** Published on Tuesday 2 July 2024, the seed story's date. */
    static final LocalDate PUB = LocalDate.of(2024, 7, 2);

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            on Monday              | past   | 2024-07-01
            Monday                 | past   | 2024-07-01
            on Monday night        | past   | 2024-07-01
            on Tuesday             | past   | 2024-07-02
            on Wednesday           | past   | 2024-06-26
            on Sunday              | past   | 2024-06-30
            last Tuesday           | past   | 2024-06-25
            last Monday            | past   | 2024-07-01
            on Monday              | future | 2024-07-08
            on Friday              | future | 2024-07-05
            next Monday            | past   | 2024-07-08
            yesterday              | past   | 2024-07-01
            yesterday afternoon    | past   | 2024-07-01
            last night             | past   | 2024-07-01
            today                  | past   | 2024-07-02
            earlier today          | past   | 2024-07-02
            tomorrow               | future | 2024-07-03
            last week              | past   | 2024-06-24/2024-06-30
            earlier this week      | past   | 2024-07-01/2024-07-02
            next week              | future | 2024-07-08/2024-07-14
            last month             | past   | 2024-06
            earlier this month     | past   | 2024-07-01/2024-07-02
            this month             | future | 2024-07-02/2024-07-31
            next month             | future | 2024-08
            last year              | past   | 2023
            earlier this year      | past   | 2024-01-01/2024-07-02
            next year              | future | 2025
            on July 1              | past   | 2024-07-01
            July 1st               | past   | 2024-07-01
            1 July                 | past   | 2024-07-01
            on 1 July 2024         | past   | 2024-07-01
            July 1, 2024           | past   | 2024-07-01
            Monday, July 1, 2024   | past   | 2024-07-01
            on 18 June             | past   | 2024-06-18
            on July 4              | past   | 2023-07-04
            on July 4              | future | 2024-07-04
            on December 24         | past   | 2023-12-24
            in June                | past   | 2024-06
            in August              | past   | 2023-08
            in August              | future | 2024-08
            as early as July       | future | 2024-07/..
            by September           | future | ../2024-09
            in March 2022          | past   | 2022-03
            in 2015                | past   | 2015
            since 2014             | past   | 2014/..
            three days ago         | past   | 2024-06-29
            two weeks ago          | past   | 2024-06-18~
            a year ago             | past   | 2023~
            last weekend           | past   | 2024-06-29/2024-06-30
            """)
    void resolves(String expression, String tense, String edtf) {
        RelativeDates.Resolved r = RelativeDates.resolve(expression, PUB, tense.equals("future")).orElseThrow(
                () -> new AssertionError("not resolved: " + expression));
        assertEquals(edtf, r.edtf(), r.basis());
    }

    @Test
    void saysWhy() {
        assertEquals("'on Monday', the Monday before publication",
                RelativeDates.resolve("on Monday", PUB, false).orElseThrow().basis());
        assertEquals("'on Tuesday', the day of publication, a Tuesday",
                RelativeDates.resolve("on Tuesday", PUB, false).orElseThrow().basis());
    }

    @Test
    void findsTheExpressionInASentenceAndIgnoresTheVerbMay() {
        RelativeDates.Resolved r = RelativeDates.find("The minister said on Friday that talks may resume.", PUB, false)
                .orElseThrow();
        assertEquals("2024-06-28", r.edtf());
        assertEquals("on Friday", r.expression());
        assertTrue(RelativeDates.find("Prices may rise, she said.", PUB, false).isEmpty());
        assertTrue(RelativeDates.find("He has 12 children.", PUB, false).isEmpty());
    }

    @Test
    void aDateThatCannotBeIsNotADate() {
        assertTrue(RelativeDates.resolve("on February 30", PUB, false).isEmpty());
    }
}
