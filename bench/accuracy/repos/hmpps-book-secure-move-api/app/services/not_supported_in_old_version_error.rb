class NotSupportedInOldVersionError < StandardError
end
