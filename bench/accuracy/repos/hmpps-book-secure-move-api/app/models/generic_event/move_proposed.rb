class GenericEvent
  class MoveProposed < GenericEvent
    eventable_types 'Move'
  end
end
