package org.gatehouse.testing;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gatehouse.platform.rest.GatehouseApplication;

/**
 * Every JAX-RS route the WAR's compiled main classes declare, found by reflection (test-support classes
 * are not in {@code target/classes}): resource methods of concrete classes, inherited ones included,
 * with the annotations that apply to each (the method's, else the class's or a superclass's).
 */
public final class DeployedRoutes {

    /** One route: verb, path under {@code /api} with templates as {@code {name}}, and where it is served. */
    public record Route(String verb, String path, Class<?> resource, Method method) {

        /** The annotation on the method, else on the resource class or one of its superclasses. */
        public <A extends Annotation> A guard(Class<A> type) {
            A onMethod = method.getAnnotation(type);
            if (onMethod != null) {
                return onMethod;
            }
            for (Class<?> c = resource; c != null; c = c.getSuperclass()) {
                A onClass = c.getAnnotation(type);
                if (onClass != null) {
                    return onClass;
                }
            }
            return null;
        }

        public boolean has(Class<? extends Annotation> type) {
            return guard(type) != null;
        }

        @Override
        public String toString() {
            return verb + " " + path;
        }
    }

    private DeployedRoutes() {
    }

    /** Every route, sorted by path then verb. */
    public static List<Route> all() {
        List<Route> routes = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            String root = "/api/" + type.getAnnotation(Path.class).value();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Method method : c.getDeclaredMethods()) {
                    String verb = httpMethod(method);
                    if (verb == null || method.isBridge() || overridden(type, c, method)) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    String path = (root + (sub == null ? "" : "/" + sub.value()))
                            .replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/").replaceAll("(.)/$", "$1");
                    routes.add(new Route(verb, path, type, method));
                }
            }
        }
        routes.sort(Comparator.comparing(Route::path).thenComparing(Route::verb));
        return routes;
    }

    private static boolean overridden(Class<?> type, Class<?> declaring, Method method) {
        for (Class<?> c = type; c != declaring; c = c.getSuperclass()) {
            try {
                c.getDeclaredMethod(method.getName(), method.getParameterTypes());
                return true;
            } catch (NoSuchMethodException notHere) {
                // keep looking up the hierarchy
            }
        }
        return false;
    }

    private static List<Class<?>> resourceClasses() {
        try {
            java.nio.file.Path classes = Paths.get(GatehouseApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Class<?>> types = new ArrayList<>();
            try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("org/gatehouse"))) {
                for (String name : files.map(file -> classes.relativize(file).toString())
                        .filter(name -> name.endsWith(".class") && !name.contains("$"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')).toList()) {
                    Class<?> type = Class.forName(name, false, DeployedRoutes.class.getClassLoader());
                    if (type.isAnnotationPresent(Path.class) && !Modifier.isAbstract(type.getModifiers()) && !type.isInterface()) {
                        types.add(type);
                    }
                }
            }
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }
}
