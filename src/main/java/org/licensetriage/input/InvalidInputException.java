package org.licensetriage.input;

import java.util.List;

/**
 * A request with fields that break the API's limits. Unlike Bean Validation's errors it carries no
 * rejected value, so neither its message nor any log of it can hold a product key.
 */
public class InvalidInputException extends RuntimeException {

    private final List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super("invalid fields: " + String.join(", ", problems.stream().map(InputProblem::field).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
