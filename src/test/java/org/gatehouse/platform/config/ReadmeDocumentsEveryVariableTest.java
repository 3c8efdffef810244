package org.gatehouse.platform.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's configuration table names every variable Gatehouse reads. */
class ReadmeDocumentsEveryVariableTest {

    @Test
    void everyEnvironmentVariableIsInTheReadmeTable() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("gatehouse.readme", "README.md")));
        List<String> missing = Arrays.stream(EnvVar.values())
                .map(Enum::name)
                .filter(name -> !readme.contains("| `" + name + "`") && !readme.contains("`" + name + "`, `") && !readme.contains(", `" + name + "` |"))
                .toList();
        assertTrue(missing.isEmpty(), "README.md does not document " + missing);
    }
}
