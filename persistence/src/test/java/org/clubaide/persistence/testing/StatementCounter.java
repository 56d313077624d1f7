package org.clubaide.persistence.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * Counts the SQL statements executed through a data source: a dynamic proxy around the data source,
 * its connections and their statements counts every {@code execute…} call (a batch counts once,
 * since it is one round trip). Tests read {@link #count()} around the work they measure, to prove
 * that loading a page costs a constant number of statements (no N+1).
 */
public final class StatementCounter {

  private final List<String> executed = new ArrayList<>();

  /** The statements executed since the last {@link #reset()}, oldest first. */
  public synchronized List<String> statements() {
    return List.copyOf(executed);
  }

  /** How many statements were executed since the last {@link #reset()}. */
  public synchronized int count() {
    return executed.size();
  }

  /** Starts counting from zero. */
  public synchronized void reset() {
    executed.clear();
  }

  private synchronized void executed(String sql) {
    executed.add(sql);
  }

  /** The data source whose statements this counter counts. */
  public DataSource wrap(DataSource target) {
    return proxy(
        DataSource.class,
        target,
        passOn(
            target,
            result ->
                result instanceof Connection c
                    ? proxy(Connection.class, c, connection(c))
                    : result));
  }

  private InvocationHandler connection(Connection target) {
    return (proxy, method, args) -> {
      Object result = invoke(target, method, args);
      String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
      return switch (method.getName()) {
        case "createStatement" ->
            proxy(Statement.class, (Statement) result, statement(result, null));
        case "prepareStatement" ->
            proxy(PreparedStatement.class, (PreparedStatement) result, statement(result, sql));
        case "prepareCall" ->
            proxy(CallableStatement.class, (CallableStatement) result, statement(result, sql));
        default -> result;
      };
    };
  }

  private InvocationHandler statement(Object target, String preparedSql) {
    return (proxy, method, args) -> {
      if (method.getName().startsWith("execute")) {
        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
        executed(sql != null ? sql : preparedSql);
      }
      return invoke(target, method, args);
    };
  }

  private static InvocationHandler passOn(Object target, UnaryOperator<Object> then) {
    return (proxy, method, args) -> then.apply(invoke(target, method, args));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
