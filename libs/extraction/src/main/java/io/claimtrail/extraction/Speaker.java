package io.claimtrail.extraction;

/**
 * Who is said to have made the statement.
 *
 * @param mention     where the speaker is named in the text ("Singh", "she", "officials", "which")
 * @param name        the person or body it stands for, as written in the article ("Sabrina Singh", "TV Chosun");
 *                    {@code null} when anonymous or when the text does not make it plain
 * @param role        the title or description given with the name ("Deputy Pentagon Press Secretary"), or null
 * @param institution the body named in that title ("Pentagon", "White House"), or null
 * @param anonymous   true for unnamed speakers ("officials", "a source"): no name is ever invented for them
 * @param antecedent  where {@code name} was found when the mention is a pronoun, a relative pronoun or a surname
 *                    alone ("Sabrina Singh" for "she"); null otherwise
 */
public record Speaker(TextSpan mention, String name, String role, String institution, boolean anonymous,
                      TextSpan antecedent) {
}
