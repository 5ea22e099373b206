package io.claimtrail.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JVM settings a service runs with, as deploy/jvm-options gives them to `make run`: options, lines
 * {@code NAME=value} for the environment, and lines {@code <service>: <options>} for that service only (after the
 * common ones, so that its -Xmx wins); {@code #} starts a comment line.
 */
record JvmOptions(List<String> options, Map<String, String> environment) {

    private static final Pattern VARIABLE = Pattern.compile("[A-Z_]+=.*");
    private static final Pattern SERVICE_LINE = Pattern.compile("([a-z]+):\\s+(.*)");

    static JvmOptions read(Path file, String service) throws IOException {
        List<String> options = new ArrayList<>();
        List<String> own = new ArrayList<>();
        Map<String, String> environment = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            var serviceLine = SERVICE_LINE.matcher(text);
            if (VARIABLE.matcher(text).matches()) {
                environment.put(text.substring(0, text.indexOf('=')), text.substring(text.indexOf('=') + 1));
            } else if (serviceLine.matches()) {
                if (serviceLine.group(1).equals(service)) {
                    own.addAll(List.of(serviceLine.group(2).strip().split("\\s+")));
                }
            } else {
                options.addAll(List.of(text.split("\\s+")));
            }
        }
        options.addAll(own);
        return new JvmOptions(options, environment);
    }
}
