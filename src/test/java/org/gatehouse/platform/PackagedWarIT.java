package org.gatehouse.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code target/gatehouse.war} holds every main class and resource and nothing of the test
 * suite: the test-support endpoints (data reset, settable clock) must never reach production. Runs in
 * {@code mvn verify} after packaging; needs no server.
 */
class PackagedWarIT {

    private static final String CLASSES = "WEB-INF/classes/";

    /** Libraries only the tests use; the server provides the rest of the test scope. */
    private static final Pattern TEST_LIBRARY = Pattern.compile(
            "WEB-INF/lib/(junit|opentest4j|apiguardian|arquillian|shrinkwrap|payara|parsson|org\\.eclipse\\.persistence).*");

    private final Path war = Path.of(System.getProperty("gatehouse.war", "target/gatehouse.war"));
    private final Path target = war.toAbsolutePath().getParent();

    @Test
    void theWarHoldsEveryMainClassAndResourceAndNothingOfTheTests() {
        assertTrue(Files.isRegularFile(war), "build the WAR first: " + war);
        assertEquals(List.of(), problemsOf(war), "packaging problems of " + war);
    }

    @Test
    void theMigrationsAndTheApplicationAreInside() {
        Set<String> entries = entriesOf(war);
        for (String expected : List.of(CLASSES + "org/gatehouse/platform/db/SchemaMigrations.class",
                CLASSES + "db/migration/V1__admin_data_model.sql",
                CLASSES + "db/migration/V7__hash_keys_stored_in_clear.class",
                CLASSES + "META-INF/persistence.xml")) {
            assertTrue(entries.contains(expected), expected);
        }
    }

    /** The check above can fail: a WAR with test support in it, and a main class missing, is caught. */
    @Test
    void aWarWithTestSupportOrWithoutAMainClassIsRefused(@TempDir Path temp) throws IOException {
        Path spoiled = temp.resolve("gatehouse.war");
        String dropped = CLASSES + "org/gatehouse/platform/db/SchemaMigrations.class";
        try (ZipFile original = new ZipFile(war.toFile());
             ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(spoiled))) {
            for (Enumeration<? extends ZipEntry> all = original.entries(); all.hasMoreElements();) {
                ZipEntry entry = all.nextElement();
                if (!entry.getName().equals(dropped)) {
                    copy.putNextEntry(new ZipEntry(entry.getName()));
                    try (InputStream content = original.getInputStream(entry)) {
                        content.transferTo(copy);
                    }
                }
            }
            for (String added : List.of(CLASSES + "org/gatehouse/testsupport/TestSupportResource.class",
                    CLASSES + "arquillian.xml", "WEB-INF/lib/junit-jupiter-api-5.11.4.jar")) {
                copy.putNextEntry(new ZipEntry(added));
            }
        }
        assertEquals(List.of(
                "main file missing: " + dropped,
                "test file shipped: " + CLASSES + "arquillian.xml",
                "test file shipped: " + CLASSES + "org/gatehouse/testsupport/TestSupportResource.class",
                "test library shipped: WEB-INF/lib/junit-jupiter-api-5.11.4.jar"), problemsOf(spoiled));
    }

    /** What is wrong with this WAR, compared with what Maven compiled into target/classes and target/test-classes. */
    private List<String> problemsOf(Path archive) {
        Set<String> entries = entriesOf(archive);
        Set<String> mainFiles = filesUnder(target.resolve("classes"));
        Set<String> testFiles = filesUnder(target.resolve("test-classes"));
        assertTrue(mainFiles.size() > 100, "main classes compiled in " + target);
        assertTrue(testFiles.contains("arquillian.xml"), "test classes compiled in " + target);
        List<String> problems = new ArrayList<>();
        for (String file : mainFiles) {
            if (!entries.contains(CLASSES + file)) {
                problems.add("main file missing: " + CLASSES + file);
            }
        }
        for (String entry : entries) {
            String name = entry.startsWith(CLASSES) ? entry.substring(CLASSES.length()) : null;
            boolean testFile = name != null && (testFiles.contains(name) || name.startsWith("org/gatehouse/testsupport/")
                    || name.startsWith("org/gatehouse/testing/"));
            if (testFile || entry.endsWith("/arquillian.xml") || entry.equals("arquillian.xml")) {
                problems.add("test file shipped: " + entry);
            } else if (TEST_LIBRARY.matcher(entry).matches()) {
                problems.add("test library shipped: " + entry);
            }
        }
        return problems;
    }

    private static Set<String> entriesOf(Path archive) {
        Set<String> names = new TreeSet<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            zip.stream().filter(entry -> !entry.isDirectory()).forEach(entry -> names.add(entry.getName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Set<String> filesUnder(Path root) {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(root)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> names.add(root.relativize(file).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
