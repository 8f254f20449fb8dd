class GenericEvent
  class MoveCrossSupplierDropOff < GenericEvent
    eventable_types 'Move'
  end
end
