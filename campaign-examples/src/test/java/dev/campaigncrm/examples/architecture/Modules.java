package dev.campaigncrm.examples.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which Maven module a class comes from, read from where its class file was loaded (target/classes or the jar). */
final class Modules {

    private static final Pattern MODULE = Pattern.compile("(campaign-[a-z]+)(?:/target/classes/|-[0-9][^/]*\\.jar)");

    private Modules() {
    }

    /** The module ({@code campaign-core}, ...) the class was loaded from, or empty for a library or JDK class. */
    static Optional<String> of(JavaClass type) {
        return type.getSource().map(source -> source.getUri().toString()).flatMap(uri -> {
            Matcher m = MODULE.matcher(uri);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        });
    }

    /** Classes loaded from the given module. */
    static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe("in module " + module, type -> of(type).filter(module::equals).isPresent());
    }

    /** Classes in an {@code internal} package. */
    static boolean isInternal(JavaClass type) {
        return type.getPackageName().matches("(.*\\.)?internal(\\..*)?");
    }

    /** Names a class by its simple form, for messages. */
    static String name(HasName named) {
        return named.getName();
    }
}
