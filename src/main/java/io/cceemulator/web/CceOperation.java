package io.cceemulator.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the CCE operation a handler serves, as Huawei's SDKs name it ({@code MigrateNode}, {@code ShowJob}, ...).
 * The journal, fault plans and metrics key on it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CceOperation {

	String value();

}
