class FormsController < QuestionFlowController
  include FormUpdateMethods

  def update
    @previous_step = Steps::Helper.previous_step_for(session_data, step)
    @form = Flow::Handler.model_from_params(step, params, session_data)

    if @form.valid?
      track_choices(@form)
      session_data.merge!(@form.attributes_for_export_to_session)
      next_step = Steps::Helper.next_step_for(session_data, step)
      calculate_early_result
      if Steps::Helper.cannot_use_service?(session_data, step)
        redirect_to cannot_use_service_path assessment_code:, step:
      elsif next_step
        redirect_to helpers.step_path_from_step(next_step, assessment_code)
      else
        redirect_to check_answers_path assessment_code:
      end
    else
      track_validation_error
      render "question_flow/#{step}"
    end
  end
end
