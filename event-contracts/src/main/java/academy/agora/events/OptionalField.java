package academy.agora.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that older producers do not send. Consumers must cope with its
 * absence (the record's constructor gives it an empty default), and the JSON Schema
 * snapshot does not list it as required. Every field added after a type's first release
 * carries it; that is what keeps the change compatible.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OptionalField {

}
