package io.claimtrail.tokens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Command-line words split into positional arguments and {@code --name value} (or {@code --name=value}) options. */
record Arguments(List<String> positional, Map<String, String> options) {

    static Arguments parse(List<String> words, Set<String> allowedOptions) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                positional.add(word);
                continue;
            }
            int equals = word.indexOf('=');
            String name = equals < 0 ? word.substring(2) : word.substring(2, equals);
            if (!allowedOptions.contains(name)) {
                throw ToolException.usage("unknown option --" + name);
            }
            String value;
            if (equals >= 0) {
                value = word.substring(equals + 1);
            } else if (i + 1 < words.size()) {
                value = words.get(++i);
            } else {
                throw ToolException.usage("--" + name + " needs a value");
            }
            if (options.put(name, value) != null) {
                throw ToolException.usage("--" + name + " given twice");
            }
        }
        return new Arguments(List.copyOf(positional), Map.copyOf(options));
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
