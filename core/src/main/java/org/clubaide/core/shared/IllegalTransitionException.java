package org.clubaide.core.shared;

/** An action that the current state of an aggregate does not allow; names the state and the action. */
public class IllegalTransitionException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final String state;
  private final String action;

  /**
   * @param rule the rule identifier that defines the lifecycle
   * @param state the current state
   * @param action the refused action
   */
  public IllegalTransitionException(String rule, String state, String action) {
    this(rule, "a request", state, action);
  }

  /**
   * @param rule the rule identifier that defines the lifecycle
   * @param subject what is in the state, with its article: "a quote", "a call for help"
   * @param state the current state
   * @param action the refused action
   */
  public IllegalTransitionException(String rule, String subject, String state, String action) {
    super(rule, "Cannot " + action + " " + subject + " that is " + state + ".");
    this.state = state;
    this.action = action;
  }

  /** The state the aggregate was in. */
  public String state() {
    return state;
  }

  /** The action that was refused. */
  public String action() {
    return action;
  }
}
