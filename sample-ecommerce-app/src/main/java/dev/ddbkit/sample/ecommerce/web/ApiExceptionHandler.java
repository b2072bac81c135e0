package dev.ddbkit.sample.ecommerce.web;

import dev.ddbkit.sample.ecommerce.order.IllegalTransitionException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error as an RFC 9457 problem detail ({@code application/problem+json}):
 * Spring MVC's own exceptions as {@link ResponseEntityExceptionHandler} does, plus 404
 * for unknown ids, 409 for a stale version or a conflict, 422 for an illegal status
 * transition and 400 for invalid arguments.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail staleVersion(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Stale version", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex.getTitle(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail illegalTransition(IllegalTransitionException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Illegal status transition", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail badRequest(BadRequestException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
