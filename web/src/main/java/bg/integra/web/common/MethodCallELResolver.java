package bg.integra.web.common;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the methods that pages call with arguments ({@code #{portal.href('/news')}}) without looking them up
 * again on every call. The standard {@code BeanELResolver} finds the method by listing all the public methods of
 * the object's class ({@code Class.getMethods()}, which copies each one) on every evaluation; on the portal pages,
 * where such calls sit in loops, that lookup was a sixth of a full render's CPU time (issue 9's profile).
 * <p>
 * This resolver remembers, per class, method name and number of arguments, the one public method that fits, and
 * converts the arguments to its parameter types as EL does. Anything else (overloads, varargs, a method declared
 * by a non-public class, maps, lists) it leaves to the standard resolvers, which follow it in the chain.
 */
public class MethodCallELResolver extends ELResolver {

    private record Key(Class<?> type, String name, int arguments) {
    }

    /** Bounded by the classes and method names written in the pages. */
    private static final Map<Key, Optional<Method>> METHODS = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name) || paramTypes != null) return null;
        if (base instanceof Map<?, ?> || base instanceof Iterable<?> || base.getClass().isArray()) return null;
        Object[] arguments = params == null ? new Object[0] : params;
        Method target = METHODS.computeIfAbsent(new Key(base.getClass(), name, arguments.length),
                MethodCallELResolver::find).orElse(null);
        if (target == null) return null;
        Class<?>[] types = target.getParameterTypes();
        Object[] converted = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof LambdaExpression lambda) lambda.setELContext(context); // as BeanELResolver does
            converted[i] = context.convertToType(arguments[i], types[i]);
        }
        try {
            Object result = target.invoke(base, converted);
            context.setPropertyResolved(base, method);
            return result;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            METHODS.put(new Key(base.getClass(), name, arguments.length), Optional.empty()); // the standard way then
            return null;
        }
    }

    /**
     * The only public, non-varargs method of that name and arity, on a public class; else empty. A bridge method
     * (a covariant return) and the method it stands for count as one.
     */
    static Optional<Method> find(Key key) {
        Method found = null;
        for (Method m : key.type().getMethods()) {
            if (!m.getName().equals(key.name()) || m.getParameterCount() != key.arguments()) continue;
            if (found == null || found.isBridge()) {
                if (found != null && !Arrays.equals(found.getParameterTypes(), m.getParameterTypes())) return Optional.empty();
                found = m;
            } else if (!m.isBridge() || !Arrays.equals(found.getParameterTypes(), m.getParameterTypes())) {
                return Optional.empty(); // overloaded: the standard resolver chooses by the arguments' types
            }
        }
        if (found == null || found.isVarArgs() || !Modifier.isPublic(found.getDeclaringClass().getModifiers())) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    static Optional<Method> find(Class<?> type, String name, int arguments) {
        return find(new Key(type, name, arguments));
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? null : Object.class;
    }
}
