package io.claimtrail.tokens;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jose4j.lang.JoseException;

/** The commands {@code keys}, {@code token} and {@code tokens}; returns an exit code instead of exiting. */
final class Cli {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final long MAX_TTL_MINUTES = Duration.ofDays(366).toMinutes();

    static final String HELP = """
            usage: claimtrail-tokens keys <dir>
                   claimtrail-tokens token <dir> <role> [--subject S] [--ttl-minutes N] [--issuer I] [--audience A]
                   claimtrail-tokens tokens <dir> [--ttl-minutes N] [--issuer I] [--audience A]
              keys    create privateKey.pem and publicKey.pem (RSA 2048) in <dir> unless they exist; print <dir>
              token   print one signed JWT (RS256) for <role>
              tokens  print 'ROLE  TOKEN' for every role
            roles: %s
            defaults: --subject <role>@claimtrail.local --ttl-minutes %d --issuer %s --audience %s
            """.formatted(Role.allIds(), TokenRequest.DEFAULT_TTL.toMinutes(),
                    TokenRequest.DEFAULT_ISSUER, TokenRequest.DEFAULT_AUDIENCE);

    private static final Set<String> TOKEN_OPTIONS = Set.of("subject", "ttl-minutes", "issuer", "audience");
    private static final Set<String> TOKENS_OPTIONS = Set.of("ttl-minutes", "issuer", "audience");

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    Cli(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    int run(String... args) {
        try {
            if (args.length == 0) {
                throw ToolException.usage("no command given");
            }
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            switch (args[0]) {
                case "keys" -> keys(Arguments.parse(rest, Set.of()));
                case "token" -> token(Arguments.parse(rest, TOKEN_OPTIONS));
                case "tokens" -> tokens(Arguments.parse(rest, TOKENS_OPTIONS));
                case "help", "-h", "--help" -> out.print(HELP);
                default -> throw ToolException.usage("unknown command '" + args[0] + "'");
            }
            out.flush();
            return OK;
        } catch (ToolException e) {
            err.println("claimtrail-tokens: " + e.getMessage());
            if (e.exitCode() == USAGE) {
                err.print(HELP);
            }
            return e.exitCode();
        } catch (IOException | GeneralSecurityException | JoseException e) {
            err.println("claimtrail-tokens: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return FAILED;
        }
    }

    private void keys(Arguments arguments) throws IOException, GeneralSecurityException {
        Path dir = directory(arguments, 1);
        KeyFiles.ensure(dir);
        out.println(dir.toAbsolutePath().normalize());
    }

    private void token(Arguments arguments) throws IOException, GeneralSecurityException, JoseException {
        Path dir = directory(arguments, 2);
        Role role = role(arguments.positional().get(1));
        TokenRequest request = request(role, arguments);
        out.println(new TokenSigner(KeyFiles.load(dir)).sign(request, clock.instant()));
    }

    private void tokens(Arguments arguments) throws IOException, GeneralSecurityException, JoseException {
        Path dir = directory(arguments, 1);
        List<TokenRequest> requests = Arrays.stream(Role.values()).map(role -> request(role, arguments)).toList();
        TokenSigner signer = new TokenSigner(KeyFiles.load(dir));
        for (TokenRequest request : requests) {
            out.printf("%-7s  %s%n", request.role().id(), signer.sign(request, clock.instant()));
        }
    }

    private static Path directory(Arguments arguments, int expectedPositional) {
        List<String> positional = arguments.positional();
        if (positional.size() != expectedPositional) {
            throw ToolException.usage("expected " + expectedPositional + " argument(s), got " + positional);
        }
        if (positional.get(0).isBlank()) {
            throw ToolException.usage("the key directory must not be empty");
        }
        return Path.of(positional.get(0));
    }

    private static Role role(String text) {
        return Role.parse(text).orElseThrow(() ->
                ToolException.usage("unknown role '" + text + "'; valid roles: " + Role.allIds()));
    }

    private static TokenRequest request(Role role, Arguments arguments) {
        TokenRequest defaults = TokenRequest.defaults(role);
        return new TokenRequest(role, nonBlank(arguments, "subject", defaults.subject()),
                ttl(arguments, defaults.ttl()), nonBlank(arguments, "issuer", defaults.issuer()),
                nonBlank(arguments, "audience", defaults.audience()));
    }

    private static Duration ttl(Arguments arguments, Duration fallback) {
        String text = arguments.option("ttl-minutes").orElse(null);
        if (text == null) {
            return fallback;
        }
        long minutes;
        try {
            minutes = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw ToolException.usage("--ttl-minutes must be a whole number, got '" + text + "'");
        }
        if (minutes < 1 || minutes > MAX_TTL_MINUTES) {
            throw ToolException.usage("--ttl-minutes must be between 1 and " + MAX_TTL_MINUTES + ", got " + minutes);
        }
        return Duration.ofMinutes(minutes);
    }

    private static String nonBlank(Arguments arguments, String option, String fallback) {
        String value = arguments.option(option).orElse(fallback);
        if (value.isBlank()) {
            throw ToolException.usage("--" + option + " must not be blank");
        }
        return value;
    }
}
