package io.claimtrail.testing;

import io.claimtrail.tokens.Role;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Before each Quarkus test, makes rest-assured send a real signed token: an admin's, or the role of {@link AsRole},
 * or none under {@link WithoutToken}. A test's own {@code header("Authorization", ...)} takes precedence. A filter,
 * not a default request specification: a specification would also fix the port before Quarkus sets it.
 */
public class DefaultToken implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Method method = context.getTestMethod();
        Class<?> type = method.getDeclaringClass();
        if (has(method, WithoutToken.class) || (!has(method, AsRole.class) && has(type, WithoutToken.class))) {
            RestAssured.replaceFiltersWith(List.of());
            return;
        }
        Role role = roleOf(method);
        if (role == null) {
            role = roleOf(type);
        }
        String authorization = TestTokens.bearer(TestTokens.valid(role == null ? Role.ADMIN : role));
        Filter bearer = (request, response, chain) -> {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", authorization);
            }
            return chain.next(request, response);
        };
        RestAssured.replaceFiltersWith(bearer);
    }

    private static boolean has(AnnotatedElement element, Class<?> annotation) {
        for (var present : element.getAnnotations()) {
            if (present.annotationType().getName().equals(annotation.getName())) {
                return true;
            }
        }
        return false;
    }

    /** By name, not by class: the callback and the test may see the annotation through different class loaders. */
    private static Role roleOf(AnnotatedElement element) {
        for (var present : element.getAnnotations()) {
            if (present.annotationType().getName().equals(AsRole.class.getName())) {
                try {
                    Object value = present.annotationType().getMethod("value").invoke(present);
                    return Role.valueOf(((Enum<?>) value).name());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
