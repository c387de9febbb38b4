// The time slider over the span of the data: one step per day, play/pause, and arrow keys.
// It only reports the chosen date; the page decides what to redraw.
import { dayNumber, dayString, formatDay } from './dates.js';
import { byId } from './dom.js';

const PLAY_STEP_MS = 200;

export class Timeline {
  private readonly slider = byId<HTMLInputElement>('date-slider');
  private readonly label = byId('date-label');
  private readonly play = byId<HTMLButtonElement>('play');
  private readonly start = byId('span-start');
  private readonly end = byId('span-end');
  private playing = false;

  constructor(private readonly onDate: (date: string) => Promise<void>) {
    this.slider.addEventListener('input', () => this.changed());
    this.play.addEventListener('click', () => this.togglePlay());
    byId('step-back').addEventListener('click', () => this.step(-1));
    byId('step-forward').addEventListener('click', () => this.step(1));
    document.addEventListener('keydown', (e) => this.onKey(e));
  }

  get date(): string {
    return dayString(Number(this.slider.value));
  }

  get atEnd(): boolean {
    return this.slider.value === this.slider.max;
  }

  /** Sets the range; the chosen date stays inside it. */
  setSpan(from: string, to: string, date: string): void {
    this.slider.min = String(dayNumber(from));
    this.slider.max = String(dayNumber(to));
    this.start.textContent = formatDay(dayString(dayNumber(from)));
    this.end.textContent = formatDay(to);
    this.slider.value = String(Math.min(Math.max(dayNumber(date), dayNumber(from)), dayNumber(to)));
    this.showLabel();
  }

  step(days: number): void {
    this.slider.value = String(Number(this.slider.value) + days);
    this.changed();
  }

  private changed(): void {
    this.showLabel();
    void this.onDate(this.date);
  }

  private showLabel(): void {
    this.label.textContent = formatDay(this.date);
    this.slider.setAttribute('aria-valuetext', formatDay(this.date));
  }

  togglePlay(): void {
    this.playing = !this.playing;
    this.play.textContent = this.playing ? 'Pause' : 'Play';
    this.play.setAttribute('aria-pressed', String(this.playing));
    if (this.playing) {
      if (this.atEnd) this.slider.value = this.slider.min;
      void this.tick();
    }
  }

  /** One day per tick, waiting for each redraw so that playback never runs ahead of the map. */
  private async tick(): Promise<void> {
    while (this.playing) {
      if (this.atEnd) return this.togglePlay();
      this.slider.value = String(Number(this.slider.value) + 1);
      this.showLabel();
      await this.onDate(this.date);
      await new Promise((resolve) => setTimeout(resolve, PLAY_STEP_MS));
    }
  }

  /** Arrow keys step by a day anywhere outside a form field or the map (which pans with them). */
  private onKey(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea, .leaflet-container') || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      this.step(e.key === 'ArrowLeft' ? -1 : 1);
    }
  }
}
