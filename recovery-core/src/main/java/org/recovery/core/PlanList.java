package org.recovery.core;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list the engine appends to while it decides and then hands to the plan as it is, without a
 * copy. To everyone outside this package it is immutable: every public mutator throws {@link
 * UnsupportedOperationException}, and only the engine, before it builds the plan, calls {@link
 * #append}.
 *
 * <p>A decision used to fill long-lived working lists and copy them into the plan. Storing fresh
 * objects into a long-lived array costs a garbage-collector write barrier on every element, and the
 * copy costs a second list; a list born with the decision and kept by the plan costs neither.
 * {@link RecoveryPlan} keeps a {@code PlanList} as it is and copies any other list, so a host that
 * builds a plan by hand still gets an immutable copy.
 *
 * @param <E> the element type
 */
final class PlanList<E> extends AbstractList<E> implements RandomAccess {
  private Object[] elements;
  private int size;

  /**
   * Creates an empty list.
   *
   * @param capacity how many elements fit before the array grows
   */
  PlanList(int capacity) {
    elements = new Object[capacity];
  }

  /**
   * Appends an element. Only the engine calls this, and only before the list is given to a plan.
   *
   * @param element the element; never null
   */
  void append(E element) {
    if (size == elements.length) {
      elements = Arrays.copyOf(elements, size * 2 + 4);
    }
    elements[size++] = element;
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    Objects.checkIndex(index, size);
    return (E) elements[index];
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Returns a list a plan can hold: a list the engine filled as it is, any other as an immutable
   * copy.
   *
   * @param list the list given to the plan
   * @param <T> the element type
   * @return an immutable list with the same elements
   * @throws NullPointerException if the list or an element is null
   */
  static <T> List<T> immutable(List<T> list) {
    return list instanceof PlanList<T> ? list : List.copyOf(list);
  }
}
