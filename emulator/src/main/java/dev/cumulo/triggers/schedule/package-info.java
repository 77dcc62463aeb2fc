/**
 * EventBridge schedules: {@code Schedule} events (rules; they deliver the "Scheduled Event" JSON or their Input) and
 * {@code ScheduleV2} events (EventBridge Scheduler; its Input or {@code {}}), with rate, cron and one-time
 * expressions checked when the project loads.
 *
 * <p>Threads: each enabled schedule waits on the emulator's timer; when it comes due, delivery (an asynchronous
 * invocation) runs on the worker pool and the next fire time is armed. Firing now through {@link
 * dev.cumulo.triggers.schedule.ScheduleControl} runs on the control API's worker thread.
 */
package dev.cumulo.triggers.schedule;
