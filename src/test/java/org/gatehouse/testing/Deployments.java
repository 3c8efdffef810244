package org.gatehouse.testing;

import java.io.File;
import org.gatehouse.testsupport.TestSupportResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The IT suite's one deployment: the real WAR from {@code target/}, plus the test-support endpoints
 * (data reset, settable clock, environment overrides) that only tests may call. Named ROOT.war so it is
 * served at {@code /}, as in production.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive gatehouse() {
        File war = new File(System.getProperty("gatehouse.war", "target/gatehouse.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify does): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class)
                .addPackage(TestSupportResource.class.getPackage());
    }
}
