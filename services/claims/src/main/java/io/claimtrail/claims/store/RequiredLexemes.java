package io.claimtrail.claims.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexemes every claim matching a text-search query must have, read from the query's text form (as PostgreSQL
 * prints a tsquery: {@code 'north' & 'korea'}, {@code 'shell' <-> 'deliv'}). Only a query made of lexemes joined by
 * AND ({@code &}) and phrase operators ({@code <->}, {@code <N>}) is read: then each of its lexemes is required. A query
 * with OR ({@code |}), NOT ({@code !}) or a prefix or weight ({@code :*}, {@code :A}) gives none, and so does an empty one.
 */
public final class RequiredLexemes {

    private RequiredLexemes() {
    }

    public static List<String> of(String tsquery) {
        List<String> lexemes = new ArrayList<>();
        int i = 0;
        while (i < tsquery.length()) {
            char c = tsquery.charAt(i);
            if (c == '\'') {
                StringBuilder lexeme = new StringBuilder();
                i++;
                while (i < tsquery.length()) {
                    char d = tsquery.charAt(i);
                    if (d == '\'' && i + 1 < tsquery.length() && tsquery.charAt(i + 1) == '\'') {
                        lexeme.append('\'');
                        i += 2;
                    } else if (d == '\'') {
                        break;
                    } else if (d == '\\' && i + 1 < tsquery.length()) {
                        lexeme.append(tsquery.charAt(i + 1));
                        i += 2;
                    } else {
                        lexeme.append(d);
                        i++;
                    }
                }
                if (i >= tsquery.length()) {
                    return List.of(); // not a query PostgreSQL printed
                }
                lexemes.add(lexeme.toString());
                i++;
            } else if (c == '|' || c == '!' || c == ':') {
                return List.of();
            } else {
                i++; // &, <->, <N>, parentheses and spaces
            }
        }
        return lexemes;
    }
}
